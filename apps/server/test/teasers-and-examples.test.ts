import { seededRandom } from '@profos/api';
import { describe, expect, it } from 'vitest';
import { testBackends } from './support/backends';
import { DAY, requestDistinct } from './support/requests';
import { selectRows } from './support/tables';
import { useTestService } from './support/test-service';

describe.each(testBackends())('pattern teasers and the power-user showcase on %s (docs/rules.md §2–3)', (backend) => {
  const svc = useTestService(backend, { random: seededRandom(11) });

  it('shows a repeated-technique teaser on the third request about a topic, then not again for a week', async () => {
    const { api, userId } = await svc().guest();
    expect((await api.videos.request.mutate({ query: 'triangle from closed guard' })).teaser).toBeNull();
    expect((await api.videos.request.mutate({ query: 'armbar' })).teaser).toBeNull();
    expect((await api.videos.request.mutate({ query: 'trianlge escapes' })).teaser).toBeNull();
    const third = await api.videos.request.mutate({ query: 'triangles from the guard' });
    expect(third.teaser?.type).toBe('repeated_technique');
    expect(third.teaser?.content).toMatch(/triangle/);
    expect(third.example).toBeNull();
    expect(third.nudge).toBeNull();
    expect((await api.videos.request.mutate({ query: 'triangle setups' })).teaser).toBeNull();
    svc().deps.clock.advance(7 * DAY);
    expect((await api.videos.request.mutate({ query: 'triangle finish' })).teaser?.type).toBe('repeated_technique');
    const exposures = await selectRows(
      svc().database,
      `select kind, type from exposures where user_id = '${userId}' and kind = 'teaser'`,
    );
    expect(exposures).toEqual([
      { kind: 'teaser', type: 'repeated_technique' },
      { kind: 'teaser', type: 'repeated_technique' },
    ]);
  });

  it('shows a gi / no-gi teaser when both appear', async () => {
    const { api } = await svc().guest();
    await api.videos.request.mutate({ query: 'collar chokes in the gi' });
    await api.videos.request.mutate({ query: 'kimura' });
    const reply = await api.videos.request.mutate({ query: 'nogi leg locks' });
    expect(reply.teaser?.type).toBe('gi_nogi_mix');
  });

  it('offers an example on every 5th request, at most once a week, stored as an exposure', async () => {
    const { api, userId } = await svc().guest();
    const replies = await requestDistinct(api, 10);
    expect(replies.map((r) => r.example !== null)).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    const shown = replies[4]!.example!;
    expect(shown.content).toMatch(/someone using Prof\. OS/);
    expect(shown.content).toMatch(/YOUR training/);
    svc().deps.clock.advance(7 * DAY);
    const next = await requestDistinct(api, 5, 10);
    expect(next[4]!.example).not.toBeNull();
    const rows = await selectRows<{ example_id: string }>(
      svc().database,
      `select example_id from exposures where user_id = '${userId}' and kind = 'example' order by shown_at`,
    );
    expect(rows.map((r) => r.example_id)).toEqual([shown.id, next[4]!.example!.id]);
  });

  it('rotates through every active example before repeating one', async () => {
    const { api } = await svc().guest();
    const seen: string[] = [];
    for (let week = 0; week < 6; week++) {
      const replies = await requestDistinct(api, 5, week * 5);
      seen.push(replies[4]!.example!.id);
      svc().deps.clock.advance(7 * DAY);
    }
    expect(new Set(seen.slice(0, 5)).size).toBe(5);
    expect(seen.slice(0, 5)).toContain(seen[5]);
  });

  it('never shows an example to someone who has logged a training session', async () => {
    const { api } = await svc().guest();
    await api.sessions.log.mutate({ text: 'Drilled armbars from guard' });
    const replies = await requestDistinct(api, 10);
    expect(replies.every((r) => r.example === null)).toBe(true);
  });

  it('counts distinct users shown per example, for the measured conversion rate', async () => {
    const { api } = await svc().guest();
    const [row] = await selectRows<{ total: number }>(
      svc().database,
      'select sum(shown_users)::int as total from power_user_examples',
    );
    await requestDistinct(api, 5);
    const [after] = await selectRows<{ total: number }>(
      svc().database,
      'select sum(shown_users)::int as total from power_user_examples',
    );
    expect(after!.total).toBe(row!.total + 1);
  });
});
