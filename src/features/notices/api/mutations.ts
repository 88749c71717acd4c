import { getBackend } from '@/lib/backend';

export interface NoticeInput {
  title: string;
  body: string;
  audience: string[];
  pinned: boolean;
}

export async function saveNotice(
  id: string | null,
  headUid: string,
  input: NoticeInput,
  status: 'draft' | 'published',
  wasPublished: boolean,
) {
  const b = await getBackend();
  const ref = id ? b.doc(b.db, 'notices', id) : b.doc(b.collection(b.db, 'notices'));
  const data = {
    title: input.title.trim(),
    body: input.body.trim(),
    audience: input.audience,
    pinned: input.pinned,
    status,
    updatedAt: b.serverTimestamp(),
  };
  if (id) {
    await b.updateDoc(ref, {
      ...data,
      ...(status === 'published' && !wasPublished ? { publishedAt: b.serverTimestamp() } : {}),
    });
  } else {
    await b.setDoc(ref, {
      ...data,
      createdBy: headUid,
      publishedAt: status === 'published' ? b.serverTimestamp() : null,
    });
  }
  return ref.id;
}

export async function setNoticeStatus(id: string, status: 'published' | 'withdrawn') {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'notices', id), {
    status,
    ...(status === 'published' ? { publishedAt: b.serverTimestamp() } : {}),
    updatedAt: b.serverTimestamp(),
  });
}
