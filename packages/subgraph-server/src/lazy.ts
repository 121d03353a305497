/** How each property of a lazy object is built: one factory per name. */
export type Factories<T> = { [K in keyof T]: () => T[K] };

/** What a request caches and a write makes stale (a DataLoader): `UnitOfWork`'s `Resettable`. */
export interface Clearable {
  clearAll(): unknown;
}

/**
 * An object whose every property is built by its factory when first read, then kept: a
 * request's context builds only the services and loaders its resolvers touch [#14.7].
 * A factory may read other properties of the same object (a service built on the ledger).
 * The getters sit on the object's prototype, not on the object: Apollo Server copies a
 * request's context (`Object.assign` onto `Object.create(prototype)`), which would read, and
 * so build, every own property; the copy shares the prototype and with it what was built.
 */
export function lazy<T extends object>(factories: Factories<T>, onBuild?: (value: T[keyof T]) => void): T {
  const built = new Map<keyof T, T[keyof T]>();
  const getters: object = {};
  for (const key of Object.keys(factories) as (keyof T)[]) {
    Object.defineProperty(getters, key, {
      get() {
        if (!built.has(key)) {
          const value = factories[key]();
          built.set(key, value);
          onBuild?.(value);
        }
        return built.get(key);
      },
    });
  }
  return Object.create(getters) as T;
}

/**
 * A request's loaders, each built on first use, and the one `reset` the unit of work
 * empties after a commit: it clears the loaders built so far (an unbuilt one holds nothing).
 */
export function lazyLoaders<T extends { [K in keyof T]: Clearable }>(factories: Factories<T>): { loaders: T; reset: Clearable } {
  const built: Clearable[] = [];
  const loaders = lazy(factories, (loader) => built.push(loader));
  return { loaders, reset: { clearAll: () => built.forEach((l) => l.clearAll()) } };
}

/**
 * A view of `bag` holding only `names` [#14.7]: a service is handed the loaders it reads, by
 * name, not the request's whole set. Each property reads through to `bag`, so a loader is
 * still built when first used (and `reset` still clears it).
 */
export function only<T extends object, const K extends keyof T>(bag: T, names: readonly K[]): Pick<T, K> {
  const view: Partial<Pick<T, K>> = {};
  for (const name of names) Object.defineProperty(view, name, { get: () => bag[name], enumerable: true });
  return view as Pick<T, K>;
}
