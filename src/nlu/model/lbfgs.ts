/**
 * A smooth function to minimise: its value at `x`, with its gradient written into `gradient` (same length).
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Correction pairs kept (the curvature the method remembers). */
  memory: number;
  maxIterations: number;
  /** Stop when the largest gradient component falls below this. */
  gradientTolerance: number;
  /** …or when an iteration lowers the value by less than this share of it. */
  relativeTolerance: number;
}

export const DEFAULT_LBFGS: LbfgsOptions = {
  memory: 10,
  maxIterations: 300,
  gradientTolerance: 1e-5,
  relativeTolerance: 1e-7,
};

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  /** Whether a tolerance was met (not the iteration limit, and no failed line search). */
  converged: boolean;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
};

const largest = (a: Float64Array): number => {
  let most = 0;
  for (let i = 0; i < a.length; i += 1) most = Math.max(most, Math.abs(a[i] as number));
  return most;
};

/** Sufficient decrease (Armijo) and how far each backtracking step shrinks. */
const ARMIJO = 1e-4;
const BACKTRACK = 0.5;
const MAX_BACKTRACKS = 40;

/**
 * Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, algorithm 7.4: the two-loop recursion) with a
 * backtracking line search on the Armijo condition. A pair whose curvature is not positive is not kept, so the
 * direction stays one of descent. `x0` is not changed.
 */
export function minimizeLbfgs(
  objective: Objective,
  x0: Float64Array,
  options: LbfgsOptions = DEFAULT_LBFGS,
): LbfgsResult {
  const n = x0.length;
  let x = Float64Array.from(x0);
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const alphas = new Float64Array(options.memory);
  const direction = new Float64Array(n);
  let next = new Float64Array(n);
  let nextGradient = new Float64Array(n);
  for (let iteration = 0; iteration < options.maxIterations; iteration += 1) {
    if (largest(gradient) < options.gradientTolerance) return { x, value, iterations: iteration, converged: true };
    // Two-loop recursion: direction = −H·gradient.
    for (let i = 0; i < n; i += 1) direction[i] = -(gradient[i] as number);
    for (let k = steps.length - 1; k >= 0; k -= 1) {
      const alpha = (rhos[k] as number) * dot(steps[k] as Float64Array, direction);
      alphas[k] = alpha;
      const change = changes[k] as Float64Array;
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] as number) - alpha * (change[i] as number);
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const lastChange = changes[last] as Float64Array;
      const scale = dot(steps[last] as Float64Array, lastChange) / dot(lastChange, lastChange);
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] as number) * scale;
    } else {
      // No curvature known yet: a first step of unit length.
      const norm = Math.sqrt(dot(gradient, gradient));
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] as number) / norm;
    }
    for (let k = 0; k < steps.length; k += 1) {
      const beta = (rhos[k] as number) * dot(changes[k] as Float64Array, direction);
      const step = steps[k] as Float64Array;
      const coefficient = (alphas[k] as number) - beta;
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] as number) + coefficient * (step[i] as number);
    }
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (rounding): start again from steepest descent.
      steps.length = 0;
      changes.length = 0;
      rhos.length = 0;
      for (let i = 0; i < n; i += 1) direction[i] = -(gradient[i] as number);
      slope = dot(gradient, direction);
    }
    let rate = 1;
    let nextValue = Infinity;
    let backtracks = 0;
    for (; backtracks < MAX_BACKTRACKS; backtracks += 1) {
      for (let i = 0; i < n; i += 1) next[i] = (x[i] as number) + rate * (direction[i] as number);
      nextValue = objective(next, nextGradient);
      if (nextValue <= value + ARMIJO * rate * slope) break;
      rate *= BACKTRACK;
    }
    if (backtracks === MAX_BACKTRACKS) return { x, value, iterations: iteration, converged: false };
    const step = new Float64Array(n);
    const change = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      step[i] = (next[i] as number) - (x[i] as number);
      change[i] = (nextGradient[i] as number) - (gradient[i] as number);
    }
    const curvature = dot(step, change);
    if (curvature > 1e-12) {
      if (steps.length === options.memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(step);
      changes.push(change);
      rhos.push(1 / curvature);
    }
    const decrease = value - nextValue;
    [x, next] = [next, x];
    [gradient, nextGradient] = [nextGradient, gradient];
    value = nextValue;
    if (decrease <= options.relativeTolerance * Math.max(1, Math.abs(value)))
      return { x, value, iterations: iteration + 1, converged: true };
  }
  return { x, value, iterations: options.maxIterations, converged: false };
}
