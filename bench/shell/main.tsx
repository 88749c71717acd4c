// The baseline for bundle and Lighthouse comparisons: a bare React + React Router + TanStack Query shell,
// built with the same Vite config as the app, rendering one page of text. Not part of the product.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router';

const client = new QueryClient();

function Page() {
  const q = useQuery({ queryKey: ['hello'], queryFn: () => Promise.resolve('社区服务') });
  return (
    <main style={{ fontFamily: 'system-ui', padding: 16 }}>
      <h1>{q.data ?? '…'}</h1>
      <p>用手机号登录，报事报修、查看进度、参加社区活动。</p>
      <Link to="/">首页</Link>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route path="*" element={<Page />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
