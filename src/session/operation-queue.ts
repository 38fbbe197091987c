// The session's FIFO operation queue. Eager side effects (temp views, SQL commands, conf and
// catalog changes, cache) start at once in order; actions wait for everything queued before
// them. A failure nobody observed fails the next operation, with the failure as its cause.

export class OperationQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private unobserved: unknown = null;

  /** Runs `op` after everything queued so far; the result is tracked for observation. */
  enqueue<T>(op: () => Promise<T> | T): Promise<T> {
    const run = this.tail.then(async () => {
      if (this.unobserved !== null) {
        const cause = this.unobserved;
        this.unobserved = null;
        throw new Error(`A previous operation on this session failed: ${(cause as Error)?.message ?? cause}`, { cause });
      }
      return op();
    });
    this.tail = run.catch(() => undefined);
    return observe(
      run,
      (err) => {
        this.unobserved = err;
      },
      (err) => {
        if (this.unobserved === err) this.unobserved = null;
      },
    );
  }

  /** Waits until every queued operation has settled. */
  async drain(): Promise<void> {
    await this.tail;
  }
}

/** A promise that reports its rejection to `onUnobserved` unless someone attached a handler. */
function observe<T>(p: Promise<T>, onUnobserved: (err: unknown) => void, onLateObserve: (err: unknown) => void): Promise<T> {
  let observed = false;
  let failure: { err: unknown } | null = null;
  p.catch((err) => {
    failure = { err };
    if (!observed) onUnobserved(err);
  });
  const mark = () => {
    if (!observed && failure) onLateObserve(failure.err);
    observed = true;
  };
  const wrapped: Promise<T> = {
    then(onF, onR) {
      mark();
      return p.then(onF, onR);
    },
    catch(onR) {
      mark();
      return p.catch(onR);
    },
    finally(onF) {
      mark();
      return p.finally(onF);
    },
    [Symbol.toStringTag]: "Promise",
  } as Promise<T>;
  return wrapped;
}
