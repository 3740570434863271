/** A computation that keeps its last result, handed back while it is asked with the same inputs. */
export type LastComputed<I extends readonly unknown[], R> = (...inputs: I) => R;

/**
 * Wraps `compute` so that a call with the same inputs as the last one (each compared with
 * `Object.is`) returns the last result without computing it again. The roster's rows and contact
 * directory are remembered across openings of the Rete page, so its word index and its sorted
 * list, built from them, survive leaving the page too, where a `useMemo` would build them again.
 */
export function lastComputed<I extends readonly unknown[], R>(
  compute: (...inputs: I) => R,
): LastComputed<I, R> {
  let last: { inputs: I; result: R } | null = null;
  return (...inputs) => {
    if (
      last !== null &&
      last.inputs.length === inputs.length &&
      last.inputs.every((input, index) => Object.is(input, inputs[index]))
    ) {
      return last.result;
    }
    const result = compute(...inputs);
    last = { inputs, result };
    return result;
  };
}
