import { createHash } from 'node:crypto';
import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { FetchNode, QueryPlan } from '@apollo/query-planner';
import { print, type DocumentNode, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { authorizationScope, type Viewer } from '@registry/auth';
import { ErrorCode, toFormattedError } from '@registry/errors';
import type { Logger } from '@registry/logging';
import { RESUME_VARIABLE, type SubscriptionPlan, type SubscriptionPlanner } from './planner.ts';
import { Subscriber } from './subscriber.ts';
import type { UpstreamPool } from './upstream.ts';

/** The fetch of the primary node is answered by the event itself, under this name. */
const EVENT_SERVICE = '__subscription_event__';
/** An upstream that lived this long before it ended was healthy: the next retry is immediate again. */
const HEALTHY_MS = 5_000;

/**
 * How long an upstream may stay unreachable (every process of the subgraph refusing or
 * gone) before its clients are told so (#17, replicas): a restarting process is back well
 * within it and nobody notices; beyond it the clients get SERVICE_UNAVAILABLE with the last
 * cursor and resubscribe with `after` it, rather than listening to a silent feed.
 */
export const UPSTREAM_OUTAGE_MS = 5_000;

/**
 * When to resubscribe after `failures` upstreams in a row ended: at once (a restarted
 * subgraph, an expired token), then 100, 200, 400 ms and every 500 ms, so live delivery is
 * back within half a second of the subgraph; after 20 failures (ten seconds away) every 2 s.
 * Jittered (50–100 % of the step) so the shared subscriptions of a restarted subgraph do not
 * reconnect in lockstep.
 */
export function resubscribeDelay(failures: number, random: () => number = Math.random): number {
  if (failures === 0) return 0;
  const step = failures > 20 ? 2_000 : Math.min(500, 50 * 2 ** failures);
  return Math.round(step * (0.5 + random() * 0.5));
}

export interface HubOptions {
  planner: SubscriptionPlanner;
  upstream: UpstreamPool;
  serviceMap: ServiceMap;
  logger: Logger;
  maskError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Events queued per client before it is cut off as a slow consumer. */
  queueLimit: number;
  /** How long an unreachable upstream is retried before its clients are told (default UPSTREAM_OUTAGE_MS). */
  outageMs?: number;
}

export interface SubscribeRequest {
  document: DocumentNode;
  operationName?: string | undefined;
  variables: Record<string, unknown>;
  viewer: Viewer;
  onOverflow: () => void;
}

export interface HubStats {
  sharedSubscriptions: number;
  /**
   * Shared subscriptions whose upstream has answered (the subgraph's start position or an
   * event) since it last (re)started: live, so an event committed now reaches their clients.
   */
  liveUpstreams: number;
  subscribers: number;
  eventsResolved: number;
}

/**
 * Live subscriptions through the federation. Identical subscriptions — same document,
 * variables and authorization scope — share one upstream subscription and one
 * entity-resolution pass per event; subscriptions of different scopes never share, so
 * no one receives what their own roles would not have fetched.
 */
export class SubscriptionHub {
  private readonly shared = new Map<string, SharedSubscription>();
  /** Shared subscriptions still serving their subscribers after a newer one of the same key replaced them. */
  private readonly detached = new Set<SharedSubscription>();
  private eventsResolved = 0;

  constructor(private readonly options: HubOptions) {}

  subscribe(request: SubscribeRequest): AsyncIterableIterator<ExecutionResult> {
    const plan = this.options.planner.plan(request.document, request.operationName, request.variables);
    const { scope, scopeKey } = scopeOf(request.viewer, plan.personal);
    const key = createHash('sha256')
      .update(print(request.document))
      .update('\0')
      .update(request.operationName ?? '')
      .update('\0')
      .update(stableStringify(request.variables))
      .update('\0')
      .update(scopeKey)
      .digest('base64url');
    let entry = this.shared.get(key);
    // A subscriber that asks to resume `after` a cursor joins an identical subscription only
    // while that one has delivered nothing past it: otherwise it would miss what was already
    // replayed (two pages of one operator resuming after the same outage). It gets one of its own.
    if (!entry || !entry.joinable()) {
      const created: SharedSubscription = new SharedSubscription(
        plan,
        request.variables,
        scope,
        scopeKey,
        this.options,
        () => {
          if (this.shared.get(key) === created) this.shared.delete(key);
          this.detached.delete(created);
        },
        () => this.eventsResolved++,
      );
      if (entry) this.detached.add(entry);
      this.shared.set(key, created);
      entry = created;
    }
    return entry.add(request.onOverflow);
  }

  stats(): HubStats {
    let subscribers = 0;
    let liveUpstreams = 0;
    const all = [...this.shared.values(), ...this.detached];
    for (const entry of all) {
      subscribers += entry.size;
      if (entry.live) liveUpstreams++;
    }
    return { sharedSubscriptions: all.length, liveUpstreams, subscribers, eventsResolved: this.eventsResolved };
  }

  closeAll(): void {
    for (const entry of [...this.shared.values(), ...this.detached]) entry.closeAll();
  }
}

class SharedSubscription {
  private readonly subscribers = new Set<Subscriber>();
  private unsubscribe: (() => void) | undefined;
  private lastCursor: string | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failures = 0;
  /** When the upstream last became unreachable; cleared by an event or a healthy spell. */
  private outageSince: number | undefined;
  private startedAt = 0;
  private closed = false;
  /** The upstream has answered since it last started (the subgraph announces its start position at once). */
  live = false;

  constructor(
    private readonly plan: SubscriptionPlan,
    private readonly variables: Record<string, unknown>,
    private readonly scope: Viewer,
    private readonly scopeKey: string,
    private readonly options: HubOptions,
    private readonly onEmpty: () => void,
    private readonly onResolved: () => void,
  ) {
    this.lastCursor = plan.initialAfter;
    this.start();
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** Whether a new subscriber receives all it asked for here: it asked from now on, or nothing has been delivered past its `after`. */
  joinable(): boolean {
    return !this.closed && (this.plan.initialAfter === undefined || this.lastCursor === this.plan.initialAfter);
  }

  add(onOverflow: () => void): Subscriber {
    const subscriber = new Subscriber(this.options.queueLimit, onOverflow, (s) => this.remove(s));
    this.subscribers.add(subscriber);
    return subscriber;
  }

  closeAll(): void {
    for (const s of [...this.subscribers]) s.close();
  }

  private remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0 && !this.closed) {
      this.closed = true;
      this.unsubscribe?.();
      this.onEmpty();
    }
  }

  private start(): void {
    const { primary } = this.plan;
    const variables: Record<string, unknown> = {};
    for (const name of primary.variableUsages ?? []) {
      if (name in this.variables) variables[name] = this.variables[name];
    }
    variables[RESUME_VARIABLE] = this.lastCursor ?? null;
    this.startedAt = Date.now();
    this.unsubscribe = this.options.upstream.subscribe(
      primary.serviceName,
      this.scopeKey,
      this.scope,
      { query: primary.operation, variables, operationName: primary.operationName },
      {
        next: (result) => {
          this.live = true;
          this.failures = 0;
          this.outageSince = undefined;
          // Events are resolved one at a time, in order; sharing makes this once per event for everyone.
          this.chain = this.chain.then(() => this.deliver(result));
        },
        error: (err) => {
          // An array is the subgraph refusing the operation (FORBIDDEN, NOT_FOUND): final.
          if (Array.isArray(err)) this.chain = this.chain.then(() => this.refuse(err));
          else this.restart(err);
        },
        // The subgraph ended the stream itself: a refusal sent as a result, or its end. Final.
        complete: () => (this.chain = this.chain.then(() => this.end())),
      },
    );
  }

  /** The upstream ended while clients still listen: resubscribe from the last cursor. */
  private restart(err: unknown): void {
    this.live = false;
    if (this.closed) return;
    const now = Date.now();
    if (now - this.startedAt > HEALTHY_MS) {
      this.failures = 0;
      this.outageSince = undefined;
    }
    this.outageSince ??= now;
    if (now - this.outageSince >= (this.options.outageMs ?? UPSTREAM_OUTAGE_MS)) {
      this.options.logger.warn({ err: describe(err), outageMs: now - this.outageSince }, 'upstream unreachable; telling its clients to resubscribe');
      this.chain = this.chain.then(() => this.unavailable());
      return;
    }
    const delay = resubscribeDelay(this.failures);
    this.failures++;
    this.options.logger.warn({ err: describe(err), delay }, 'upstream subscription ended; resubscribing');
    setTimeout(() => {
      if (!this.closed) this.start();
    }, delay).unref();
  }

  private async deliver(upstream: ExecutionResult): Promise<void> {
    const cursor = upstream.extensions?.['cursor'];
    if (typeof cursor === 'string') this.lastCursor = cursor;
    // The subgraph's start position: the cursor to resume from, nothing for clients.
    if (upstream.data === undefined && !upstream.errors) return;
    const result = upstream.data ? await this.resolve(upstream) : { errors: upstream.errors ?? [] };
    const extensions = typeof cursor === 'string' ? { cursor } : undefined;
    const errors = result.errors?.map((e) => this.options.maskError(toFormattedError(e), e));
    const payload: ExecutionResult = {
      ...(result.data !== undefined ? { data: result.data } : {}),
      ...(errors?.length ? { errors: errors as never } : {}),
      ...(extensions ? { extensions } : {}),
    };
    // The same object to everyone: the socket layer serialises it once for all of them [#17.2] (ws-transport.ts).
    for (const subscriber of this.subscribers) subscriber.push(payload);
  }

  /** Ends every client's subscription with a retriable error carrying the cursor to resume after. */
  private unavailable(): void {
    const error: GraphQLFormattedError = {
      message: 'The live feed is unavailable for now: subscribe again with `after` the last cursor received',
      extensions: { code: ErrorCode.ServiceUnavailable, ...(this.lastCursor !== undefined ? { cursor: this.lastCursor } : {}) },
    };
    this.end({ errors: [error] as never, ...(this.lastCursor !== undefined ? { extensions: { cursor: this.lastCursor } } : {}) });
  }

  private refuse(errors: readonly unknown[]): void {
    const masked = errors.map((e) => this.options.maskError(toFormattedError(e), e));
    this.end({ errors: masked as never });
  }

  private end(last?: ExecutionResult): void {
    if (!this.closed) {
      this.closed = true;
      this.onEmpty();
    }
    for (const subscriber of [...this.subscribers]) subscriber.finish(last);
  }

  /** Runs the `rest` of the plan once for this event, with the event as the primary fetch's answer. */
  private async resolve(upstream: ExecutionResult): Promise<ExecutionResult> {
    this.onResolved();
    const { primary, rest, operationContext } = this.plan;
    const eventSource: GraphQLDataSource = { process: async () => ({ data: upstream.data }) as never };
    const primaryFromEvent: FetchNode = { ...primary, serviceName: EVENT_SERVICE };
    const queryPlan: QueryPlan = {
      kind: 'QueryPlan',
      node: rest ? { kind: 'Sequence', nodes: [primaryFromEvent, rest] } : primaryFromEvent,
    };
    const requestContext = {
      request: { query: print(operationContext.operation), variables: this.variables },
      // A subscription: the rest of its plan reads (entity fetches), shared and cached as a query's are [#17.1].
      operation: operationContext.operation,
      context: { viewer: this.scope },
      logger: this.options.logger,
      metrics: {},
      cache: undefined,
      overallCachePolicy: undefined,
    };
    const response = await executeQueryPlan(
      queryPlan,
      { ...this.options.serviceMap, [EVENT_SERVICE]: eventSource },
      requestContext as never,
      operationContext,
      this.options.planner.supergraphSchema,
      this.options.planner.apiSchema,
    );
    return { data: response.data as ExecutionResult['data'], ...(response.errors ? { errors: response.errors } : {}) };
  }
}

/**
 * Who an upstream subscription speaks for. A shared field: the roles and facility that
 * authorization depends on, and no personal identity, so identical subscriptions of one
 * scope share. A `@personal` field: the person, so nothing personal is ever shared.
 */
function scopeOf(viewer: Viewer, personal: boolean): { scope: Viewer; scopeKey: string } {
  const shared: Viewer = { roles: [...viewer.roles].sort(), ...(viewer.facilityId ? { facilityId: viewer.facilityId } : {}) };
  if (!personal) return { scope: shared, scopeKey: authorizationScope(shared) };
  const person = `${viewer.accountId ?? ''}|${viewer.operatorId ?? ''}`;
  return { scope: viewer, scopeKey: `${authorizationScope(shared)}:${createHash('sha256').update(person).digest('base64url').slice(0, 22)}` };
}

function describe(err: unknown): unknown {
  if (err && typeof err === 'object' && 'code' in err && 'reason' in err) return { code: err.code, reason: err.reason };
  // A socket's ErrorEvent carries the socket itself: log its message only.
  if (err && typeof err === 'object' && 'message' in err && 'target' in err) return { message: String(err.message) };
  return err;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` share a subscription. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
