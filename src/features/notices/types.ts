export interface CommunityNotice {
  id: string;
  title: string;
  body: string;
  status: 'draft' | 'published' | 'withdrawn';
  pinned: boolean;
  audience: string[];
  publishedAt: Date | null;
}
