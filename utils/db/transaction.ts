// idb gives every transaction a `done` promise when it is opened, rejected if the transaction
// aborts. A write that fails once issued (a full disk, a key already taken) aborts its transaction;
// code that was awaiting that write, not `done`, then throws while `done` rejects with no handler:
// an unhandled rejection. Writes that await several steps run through `inTransaction`, which always
// settles `done`.

interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` in `tx` and waits for the transaction to commit; if `work` fails, the transaction is
 * aborted (nothing of it is kept) and `work`'s error is thrown once the abort has settled.
 */
export async function inTransaction<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  const done = tx.done;
  let result: T;
  try {
    result = await work();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed write, or finished.
    }
    await done.catch(() => undefined);
    throw error;
  }
  await done;
  return result;
}

/**
 * Issues writes (`issue` pushes each request's promise) and waits for them all. A write refused at
 * once (thrown, not rejected) stops the others; those already issued are then settled, since the
 * transaction's abort rejects them.
 */
export async function allWrites(issue: (writes: Promise<unknown>[]) => void): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    issue(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    throw error;
  }
  await Promise.all(writes);
}
