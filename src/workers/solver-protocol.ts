// Messages between the main thread and the solver worker.
import type { SeatingProblem } from '../solver/problem.ts';
import type { SeatingResult } from '../solver/seating.ts';
import type { MdgpInstance, MdgpResult } from '../solver/mdgp.ts';

export type SolverJob =
  | { kind: 'seating'; problem: SeatingProblem; seconds: number; seed: number; stop: SharedArrayBuffer }
  | { kind: 'mdgp'; instance: MdgpInstance; seconds: number; seed: number; stop: SharedArrayBuffer };

export type WorkerMessage =
  | { type: 'progress'; best: number; elapsedMs: number }
  | { type: 'done'; kind: 'seating'; result: SeatingResult }
  | { type: 'done'; kind: 'mdgp'; result: MdgpResult }
  | { type: 'error'; message: string };
