import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DbPoolStats } from './db/client';

/** What a reply showed, for the touchpoint counters. */
export interface ShownTouchpoints {
  profilePrompt: { field: string } | null;
  teaser: { type: string } | null;
  example: { id: string } | null;
  nudge: { type: string } | null;
}

/**
 * The service's Prometheus metrics, on a registry of its own (one per service instance, so two in
 * one process never share counters). `GET /metrics` renders it.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'profos_requests_total',
    help: 'tRPC calls answered, by procedure and result code',
    labelNames: ['procedure', 'code'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'profos_request_duration_seconds',
    help: 'Time to answer a tRPC call, by procedure',
    labelNames: ['procedure'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'profos_rate_limited_total',
    help: 'Calls refused over a rate limit, by limiter',
    labelNames: ['limiter'] as const,
    registers: [this.registry],
  });
  private readonly sweepRuns = new Counter({
    name: 'profos_sweep_runs_total',
    help: 'Sweep runs this instance made, by sweep and outcome',
    labelNames: ['sweep', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly sweepDuration = new Histogram({
    name: 'profos_sweep_duration_seconds',
    help: 'Time a sweep run took, by sweep',
    labelNames: ['sweep'] as const,
    buckets: [0.01, 0.05, 0.25, 1, 5, 30, 120],
    registers: [this.registry],
  });
  private readonly sweepCreated = new Counter({
    name: 'profos_sweep_rows_created_total',
    help: 'Nudges created by sweep runs, by sweep',
    labelNames: ['sweep'] as const,
    registers: [this.registry],
  });
  private readonly touchpoints = new Counter({
    name: 'profos_touchpoints_shown_total',
    help: 'Touchpoints shown in video replies, by kind and type',
    labelNames: ['kind', 'type'] as const,
    registers: [this.registry],
  });

  constructor(pools: () => DbPoolStats[] = () => []) {
    collectDefaultMetrics({ register: this.registry, prefix: 'profos_' });
    new Gauge({
      name: 'profos_db_pool_connections',
      help: 'Database pool connections, by pool and state (in_use, idle, waiting)',
      labelNames: ['pool', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const pool of pools()) {
          this.set({ pool: pool.name, state: 'in_use' }, pool.total - pool.idle);
          this.set({ pool: pool.name, state: 'idle' }, pool.idle);
          this.set({ pool: pool.name, state: 'waiting' }, pool.waiting);
        }
      },
    });
  }

  callAnswered(procedure: string, code: string, seconds: number): void {
    this.requests.inc({ procedure, code });
    this.latency.observe({ procedure }, seconds);
  }

  rateLimited(limiter: string): void {
    this.refusals.inc({ limiter });
  }

  sweepRan(sweep: string, outcome: 'ok' | 'failed', seconds: number, created: number): void {
    this.sweepRuns.inc({ sweep, outcome });
    this.sweepDuration.observe({ sweep }, seconds);
    if (created) this.sweepCreated.inc({ sweep }, created);
  }

  touchpointsShown(reply: ShownTouchpoints): void {
    if (reply.profilePrompt) this.touchpoints.inc({ kind: 'profile_question', type: reply.profilePrompt.field });
    if (reply.teaser) this.touchpoints.inc({ kind: 'teaser', type: reply.teaser.type });
    if (reply.example) this.touchpoints.inc({ kind: 'example', type: reply.example.id });
    if (reply.nudge) this.touchpoints.inc({ kind: 'nudge', type: reply.nudge.type });
  }
}
