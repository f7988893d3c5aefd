import { SelValidationError } from './errors.js';

/** The `SelValidationError` that `run` throws, for a test to read its issues; fails the test when it throws none or another error. */
export function validationErrorOf(run: () => unknown): SelValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof SelValidationError) return error;
    throw error;
  }
  throw new Error('expected a SelValidationError');
}
