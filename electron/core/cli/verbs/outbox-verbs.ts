import { z } from 'zod';
import { outboxStateSchema } from '../../../../shared/contract/actions';
import { COUNTER_ACTION_KINDS, counterActionSchema, fieldsOf } from '../../../../shared/domain/action-kinds';
import { UsageError, validateFlags } from '../args';
import { say } from '../io';
import type { Verb } from '../verb';
import { EXIT } from '../exit-codes';
import { withCore } from '../with-core';
import { ACTION_FIELD_FLAGS, ACTION_FIELD_USAGE, payloadFromFlags } from './action-flags';
import { queueLine } from './queue-line';

/** `desk sync`: pull, then drain once. Exit 0 when nothing is owed to the portal, 3 when actions remain. */
export const syncVerb: Verb = {
  name: 'sync',
  session: 'required',
  usage: 'desk sync [--pull-only] [--json]',
  summary: { vi: 'Làm mới dữ liệu và gửi thao tác đang chờ (mã thoát 3 nếu còn thao tác)', en: 'Refresh the cache and send waiting actions (exit 3 when actions remain)' },
  flags: { 'pull-only': { type: 'boolean', default: false } },
  run: ({ io, flags, command }) => {
    const { pullOnly } = validateFlags(z.object({ pullOnly: z.boolean() }), { pullOnly: command.values['pull-only'] });
    return withCore(io, flags, async ({ core }) => {
      await core.start();
      const engine = core.sync();
      if (!engine) {
        io.err(say(io, { vi: 'Không khởi động được đồng bộ với Cổng.', en: 'Could not start syncing with the portal.' }));
        return EXIT.error;
      }
      const report = await engine.syncOnce({ pull: true, drain: !pullOnly });
      const status = engine.status();
      const summary = {
        pulled: report.pulled,
        pullError: report.pullError ? { kind: report.pullError.kind, message: report.pullError.message } : null,
        delivered: report.drain.delivered,
        retried: report.drain.retried,
        conflicts: status.conflicts,
        rejected: status.rejected,
        waiting: status.waiting,
        online: status.online,
        lastSyncAt: status.lastSyncAt,
      };
      if (io.json) io.out(JSON.stringify(summary));
      else {
        if (report.pullError) io.err(`${say(io, { vi: 'Không làm mới được', en: 'Could not refresh' })}: ${report.pullError.message}`);
        if (report.pulled) io.out(say(io, { vi: `Đã làm mới: ${report.pulled.dossiers} hồ sơ, ${report.pulled.citizens} công dân`, en: `Refreshed: ${report.pulled.dossiers} dossiers, ${report.pulled.citizens} citizens` }));
        io.out(say(io, {
          vi: `Đã gửi ${summary.delivered}; còn chờ ${summary.waiting}, xung đột ${summary.conflicts}, bị từ chối ${summary.rejected}`,
          en: `Delivered ${summary.delivered}; waiting ${summary.waiting}, conflicts ${summary.conflicts}, rejected ${summary.rejected}`,
        }));
      }
      if (report.pullError && !report.pulled) return EXIT.error;
      if (!report.pulled) {
        // No portal token: the session was checked offline, so nothing could be pulled.
        io.err(say(io, {
          vi: 'Chưa làm mới được: phiên này được kiểm tra ngoại tuyến, cần đăng nhập trực tuyến với Cổng (--officer khi có mạng).',
          en: 'Nothing was refreshed: this session was checked offline; an online sign-in with the portal is needed (--officer while connected).',
        }));
        return EXIT.signInNeeded;
      }
      return pullOnly || report.remaining === 0 ? EXIT.done : EXIT.actionsWaiting;
    });
  },
};

export const queueVerb: Verb = {
  name: 'queue',
  session: 'required',
  usage: 'desk queue [--state waiting|sending|delivered|conflict|rejected|withdrawn] [--json]',
  summary: { vi: 'Các thao tác trong hàng đợi của máy này', en: "This PC's queued actions" },
  flags: { state: { type: 'string' } },
  run: ({ io, flags, command }) => {
    const { state } = validateFlags(z.object({ state: outboxStateSchema.optional() }), { state: command.values.state });
    return withCore(io, flags, async ({ call }) => {
      const rows = await call('queue.list', { ...(state ? { state } : {}), limit: 1000 });
      if (io.json) io.out(JSON.stringify(rows));
      else for (const r of rows) io.out(queueLine(io, r));
      return 0;
    });
  },
};

const actionFlags = z.object({ dossier: z.string().min(1), send: z.boolean() });

/** `desk action <kind> --dossier CODE ...`: records one counter action (scripted tests and benchmarks). */
export const actionVerb: Verb = {
  name: 'action',
  session: 'required',
  usage: `desk action <${COUNTER_ACTION_KINDS.join('|')}> --dossier CODE ${ACTION_FIELD_USAGE} [--send] [--json]`,
  summary: { vi: 'Ghi một thao tác tại quầy (dùng cho kịch bản, đo hiệu năng)', en: 'Record a counter action (for scripts and benchmarks)' },
  flags: { dossier: { type: 'string' }, ...ACTION_FIELD_FLAGS, send: { type: 'boolean', default: false } },
  run: ({ io, flags, command }) => {
    const kind = command.positionals[0];
    if (!kind) throw new UsageError('missing action kind');
    const f = validateFlags(actionFlags, { dossier: command.values.dossier, send: command.values.send });
    const known = COUNTER_ACTION_KINDS.find((k) => k === kind);
    const payload = payloadFromFlags(known ? fieldsOf(known).map(([name]) => name) : [], command.values);
    const parsed = counterActionSchema.safeParse({ kind, ...payload });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.') || 'kind'}: ${i.message}`).join('; '));
    return withCore(io, flags, async ({ core, call }) => {
      const recorded = await call('action.record', { dossierCode: f.dossier, action: parsed.data });
      if (f.send) {
        await core.start();
        await core.sync()?.drainNow();
      }
      const row = (await call('queue.get', { seq: recorded.seq })).state;
      if (io.json) io.out(JSON.stringify({ ...recorded, state: row }));
      else io.out(say(io, { vi: `Đã ghi thao tác #${recorded.seq} (${row})`, en: `Recorded action #${recorded.seq} (${row})` }));
      return f.send && row !== 'delivered' ? EXIT.actionsWaiting : EXIT.done;
    });
  },
};
