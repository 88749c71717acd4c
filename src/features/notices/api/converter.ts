import { makeConverter, str, strList, toDate } from '@/lib/converter';
import type { CommunityNotice } from '../types';

export const noticeConverter = makeConverter<CommunityNotice>((id, d) => ({
  id,
  title: str(d.title),
  body: str(d.body),
  status: d.status === 'published' || d.status === 'withdrawn' ? d.status : 'draft',
  pinned: d.pinned === true,
  audience: strList(d.audience),
  publishedAt: toDate(d.publishedAt),
}));
