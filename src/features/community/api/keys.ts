/** The office's contact in the query cache and in what the phone keeps (shared: kept through sign-outs). */
export const communityInfoKey = ['config', 'community'] as const;
