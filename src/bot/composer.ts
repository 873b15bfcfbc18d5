import { type Context, Composer as GrammyComposer, type Middleware, type MiddlewareFn, type NextFunction } from "grammy";

type MaybePromise<T> = T | Promise<T>;

/**
 * One registration: middleware that always runs (one of these composers, when it is one: see `mayApply`), or
 * middleware behind a filter.
 */
type Step<C extends Context> =
  | { run: MiddlewareFn<C>; composer?: Composer<C> }
  | { when: (ctx: C) => MaybePromise<boolean>; matched: GrammyComposer<C> };

const stepOf = <C extends Context>(middleware: Middleware<C>): Step<C> =>
  middleware instanceof Composer
    ? { run: middleware.middleware(), composer: middleware }
    : { run: typeof middleware === "function" ? middleware : (ctx, next) => middleware.middleware()(ctx, next) };

/**
 * grammY's Composer with the same methods and the same order of middleware,
 * run as a flat list: an update passes a filter that does not match (a
 * command, a button of another feature) without allocating anything.
 *
 * grammY nests each registration in the ones before it and evaluates every
 * filter through `lazy`, which builds a new Composer and several promises per
 * filter and update, all kept until the update is handled. A button press
 * passes about a hundred filters of other features before its own, so in the
 * RSVP burst (README, Performance) that was about 600 KB of garbage per press
 * and half the bot's CPU time in the garbage collector.
 *
 * Every feature, conversation set and middleware group of the bot is one of these.
 */
export class Composer<C extends Context> extends GrammyComposer<C> {
  private readonly steps: Step<C>[] = [];

  constructor(...middleware: Middleware<C>[]) {
    super();
    for (const each of middleware) this.steps.push(stepOf(each));
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Middleware<C>[]): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.steps.push({ run: composer.run, composer });
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Middleware<D>[]): Composer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Middleware<C>[]): Composer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Middleware<C>[]): Composer<C> {
    const composer = new Composer<C>(...middleware);
    this.steps.push({ when: predicate, matched: composer });
    return composer;
  }

  override drop(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Middleware<C>[]): Composer<C> {
    return this.filter(
      (ctx) => {
        const dropped = predicate(ctx);
        return isPromise(dropped) ? dropped.then((value) => !value) : !dropped;
      },
      ...middleware,
    );
  }

  private readonly run: MiddlewareFn<C> = (ctx, next) => this.from(0, ctx, next);

  /**
   * Whether any of its steps may take the update: false when every one is a filter that says no at once. Such a
   * composer (a feature none of whose commands or buttons is this update's) is passed over without being entered: a
   * press went through about thirty features, each entered and left with two async frames and a closure. A composer
   * that may take it is entered as before, and asks its filters again: filters only look at the update (and set
   * `ctx.match`), so asking twice changes nothing (an asynchronous filter, which the bot has none of, runs twice).
   */
  private mayApply(ctx: C): boolean {
    for (const step of this.steps) {
      if ("when" in step) {
        const matched = step.when(ctx);
        if (isPromise(matched)) {
          matched.catch(() => undefined); // asked again on entering, where a failure surfaces
          return true;
        }
        if (matched) return true;
      } else if (!step.composer || step.composer.mayApply(ctx)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the steps from `index` on: the first that applies gets, as its `next`, the steps after it. Not an async
   * function: the step's promise is returned as it is, so an update under way holds no frame of this method per step
   * it passed (those frames lived as long as the update, past scavenges, and were promoted: README, Performance).
   */
  private from(index: number, ctx: C, next: NextFunction): Promise<void> {
    try {
      for (let i = index; i < this.steps.length; i++) {
        const step = this.steps[i] as Step<C>;
        if ("when" in step) {
          const matched = step.when(ctx);
          if (isPromise(matched)) return matched.then((yes) => (yes ? this.enter(step, i, ctx, next) : this.from(i + 1, ctx, next)));
          if (!matched) continue;
        } else if (step.composer && !step.composer.mayApply(ctx)) {
          continue;
        }
        return this.enter(step, i, ctx, next);
      }
      return next();
    } catch (error) {
      // A middleware that throws before its first await fails the update as an async one would.
      return Promise.reject(error);
    }
  }

  private enter(step: Step<C>, i: number, ctx: C, next: NextFunction): Promise<void> {
    const rest = once(() => this.from(i + 1, ctx, next));
    const ran = "run" in step ? step.run(ctx, rest) : step.matched.middleware()(ctx, rest);
    return isPromise(ran) ? (ran as Promise<void>) : Promise.resolve();
  }
}

const isPromise = <T>(value: MaybePromise<T>): value is Promise<T> => typeof (value as Promise<T> | undefined)?.then === "function";

/** As grammY's: a middleware calls `next` at most once. */
function once(next: NextFunction): NextFunction {
  let called = false;
  return () => {
    if (called) throw new Error("`next` already called before!");
    called = true;
    return next();
  };
}
