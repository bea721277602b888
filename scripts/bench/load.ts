import http from 'node:http';

export interface LatencyStats {
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface Call {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  token: string;
}

/** One HTTP call over a keep-alive agent; resolves with the status code. */
export function send(agent: http.Agent, base: URL, call: Call): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: call.method,
        path: call.path,
        headers: {
          authorization: `Bearer ${call.token}`,
          ...(call.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(call.body) } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * `clients` loops run for `seconds`; each alternates between the named calls, so every procedure
 * is measured side by side under exactly the same load.
 */
export async function drive(
  base: URL,
  clients: number,
  seconds: number,
  callsFor: (client: number, i: number) => Record<string, Call>,
): Promise<Record<string, LatencyStats>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies: Record<string, number[]> = {};
  const errors: Record<string, number> = {};
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < deadline; i++) {
        for (const [name, call] of Object.entries(callsFor(client, i))) {
          const t0 = performance.now();
          const status = await send(agent, base, call).catch(() => 0);
          const ms = performance.now() - t0;
          (latencies[name] ??= []).push(ms);
          if (status !== 200) errors[name] = (errors[name] ?? 0) + 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const stats: Record<string, LatencyStats> = {};
  for (const [name, values] of Object.entries(latencies)) {
    const sorted = [...values].sort((a, b) => a - b);
    stats[name] = {
      count: values.length,
      perSecond: values.length / elapsed,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      errors: errors[name] ?? 0,
    };
  }
  return stats;
}
