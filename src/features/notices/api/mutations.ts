import { commitPlan, newDocId, planSdk } from '@/lib/commit-plan';

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
  const noticeId = id ?? newDocId();
  const path = `notices/${noticeId}`;
  const now = planSdk.serverTimestamp;
  const data = {
    title: input.title.trim(),
    body: input.body.trim(),
    audience: input.audience,
    pinned: input.pinned,
    status,
    updatedAt: now(),
  };
  if (id) {
    await commitPlan([
      {
        op: 'update',
        path,
        data: { ...data, ...(status === 'published' && !wasPublished ? { publishedAt: now() } : {}) },
      },
    ]);
  } else {
    await commitPlan([
      {
        op: 'set',
        path,
        data: { ...data, createdBy: headUid, publishedAt: status === 'published' ? now() : null },
      },
    ]);
  }
  return noticeId;
}

export async function setNoticeStatus(id: string, status: 'published' | 'withdrawn') {
  await commitPlan([
    {
      op: 'update',
      path: `notices/${id}`,
      data: {
        status,
        ...(status === 'published' ? { publishedAt: planSdk.serverTimestamp() } : {}),
        updatedAt: planSdk.serverTimestamp(),
      },
    },
  ]);
}
