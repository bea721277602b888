import { lazy, Suspense } from 'react';
import { ApiProvider } from './api/ApiProvider';
import { adminToken, userToken } from './api/tokens';
import { ChatPage } from './chat/ChatPage';
import type { Page } from './lib/page';

// The dashboard (and its chart library) loads only on /admin, so the chat stays light.
const AdminPage = lazy(() => import('./admin/AdminPage').then((m) => ({ default: m.AdminPage })));

/** Each page has its own client: the chat sends the guest's token, the dashboard the admin's. */
export function App({ page }: { page: Page }) {
  return page === 'admin' ? (
    <ApiProvider tokens={adminToken}>
      <Suspense
        fallback={
          <p className="muted loading-line" role="status" style={{ padding: 24 }}>
            Loading dashboard…
          </p>
        }
      >
        <AdminPage />
      </Suspense>
    </ApiProvider>
  ) : (
    <ApiProvider tokens={userToken}>
      <ChatPage />
    </ApiProvider>
  );
}
