import { isInputError, type InputError } from '../../core/errors.ts';

/** Runs `run`, expecting it to throw an InputError, and returns that error; anything else fails the test. */
export function catchInputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
