import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useOnAuthError } from '../api/ApiProvider';
import { adminToken } from '../api/tokens';
import { trpc } from '../api/trpc';
import type { DayRange } from '../lib/dates';
import { refusalMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { BeltMark } from '../ui/BeltMark';
import { ClockPanel } from './ClockPanel';
import { DateRangeFilter } from './DateRangeFilter';
import { ExamplesPanel } from './ExamplesPanel';
import { ExperimentsPanel } from './ExperimentsPanel';
import { FunnelChart } from './FunnelChart';
import { MetricsPanel } from './MetricsPanel';
import { Panel, QueryStatus } from './Panel';
import { SweepsPanel } from './SweepsPanel';
import { TokenGate } from './TokenGate';

// The weekly view (its charts and tables) loads when it is first opened.
const WeeklyView = lazy(() => import('./WeeklyView'));

type View = 'overview' | 'weekly';
const viewOf = (hash: string): View => (hash === '#weekly' ? 'weekly' : 'overview');

/** The dashboard view named by the URL's fragment, so a reload or a shared link opens the same one. */
function useView(): View {
  const [view, setView] = useState(() => viewOf(window.location.hash));
  useEffect(() => {
    const changed = () => setView(viewOf(window.location.hash));
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return view;
}

function rangeText(range: DayRange): string {
  if (!range.from && !range.to) return 'All users';
  const day = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  const to = range.to && new Date(range.to.getTime() - 1);
  return `Signed up ${range.from ? `from ${day(range.from)}` : ''}${range.from && to ? ' ' : ''}${to ? `to ${day(to)}` : ''}`;
}

function Dashboard({ onSignOut }: { onSignOut: () => void }) {
  const view = useView();
  const utils = trpc.useUtils();

  return (
    <div className="admin-app">
      <header className="app-header admin-header">
        <div className="brand">
          <BeltMark belt="black" />
          <div>
            <h1 className="brand-name">
              Prof. OS <span className="badge badge-admin">Admin</span>
            </h1>
            <p className="brand-tagline">Conversion dashboard</p>
          </div>
        </div>
        <div className="header-actions">
          <button type="button" className="button button-small button-ghost" onClick={() => void utils.invalidate()}>
            Refresh
          </button>
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={onSignOut}
            data-testid="admin-logout"
          >
            Sign out
          </button>
        </div>
      </header>
      <nav className="view-tabs" aria-label="Dashboard views">
        <a href="#overview" aria-current={view === 'overview' ? 'page' : undefined} data-testid="view-overview">
          Overview
        </a>
        <a href="#weekly" aria-current={view === 'weekly' ? 'page' : undefined} data-testid="view-weekly">
          Weekly
        </a>
      </nav>
      <main className="admin-main">
        {view === 'weekly' ? (
          <Suspense fallback={<p className="muted loading-line">Loading the weekly view…</p>}>
            <WeeklyView />
          </Suspense>
        ) : (
          <Overview />
        )}
      </main>
    </div>
  );
}

/** The funnel, metrics, holdouts, sweeps, clock and example library for a sign-up range. */
function Overview() {
  const [range, setRange] = useState<DayRange>({});
  const funnel = trpc.analytics.funnel.useQuery(range);
  const metrics = trpc.analytics.metrics.useQuery(range);
  const updated = Math.max(funnel.dataUpdatedAt, metrics.dataUpdatedAt);
  return (
    <>
      <div className="admin-toolbar">
        <div>
          <p className="strong">{rangeText(range)}</p>
          {updated > 0 && <p className="muted small">Updated {formatDateTime(new Date(updated))}</p>}
        </div>
        <DateRangeFilter onChange={setRange} />
      </div>

      <Panel
        id="funnel"
        title="Conversion funnel"
        description="Users who reached each stage, and the share of the stage before."
      >
        <QueryStatus loading={funnel.isLoading} error={funnel.error} what="the funnel" />
        {funnel.data && <FunnelChart stages={funnel.data.stages} />}
      </Panel>

      <QueryStatus loading={metrics.isLoading} error={metrics.error} what="metrics" />
      {metrics.data && <MetricsPanel metrics={metrics.data} />}

      <div className="panel-grid">
        <ExperimentsPanel />
        <div className="stack">
          <SweepsPanel />
          <ClockPanel />
        </div>
      </div>
      <ExamplesPanel />
    </>
  );
}

/** /admin: the token gate, then the dashboard; a refused token sends the user back to the gate. */
export function AdminPage() {
  const [signedIn, setSignedIn] = useState(() => adminToken.get() !== null);
  const [message, setMessage] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const signOut = (reason: string | null) => {
    adminToken.clear();
    queryClient.removeQueries();
    setMessage(reason);
    setSignedIn(false);
  };
  useOnAuthError((code) => {
    if (adminToken.get() !== null) signOut(refusalMessage(code));
  });

  return signedIn ? (
    <Dashboard onSignOut={() => signOut(null)} />
  ) : (
    <TokenGate
      message={message}
      onAccepted={() => {
        setMessage(null);
        setSignedIn(true);
      }}
    />
  );
}
