import type { IssuePath } from '@sel/core';
import type { SelEventName } from '../../shared/events.js';

/**
 * What the contract suite (`contract.test.ts`) needs to know about one element to prove that it
 * keeps the public contract every @sel element shares: data, states, errors, language, events and,
 * for value-holding elements, the form API. Each element writes one beside it, in `test-contract.ts`.
 */
export interface ContractSubject {
  /** The element's tag, e.g. `sel-milestone-timeline`. */
  readonly tag: string;
  /** Registers the element (imports its `define` module). */
  readonly define: () => Promise<unknown>;
  /** The typed data property, e.g. `community`. */
  readonly property: string;
  /** Attributes every fixture sets (e.g. a fixed `today`), so what is shown does not depend on the clock. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Valid data: a fresh object on each call. */
  readonly valid: () => object;
  /** A text the element shows for `valid()` in English. */
  readonly shows: string;
  /** The same text as the element shows it in Spanish (`lang="es"`). */
  readonly showsInSpanish: string;
  /** Invalid data: a fresh value on each call. */
  readonly invalid: () => unknown;
  /** The path of a problem the element must report for `invalid()`. */
  readonly invalidPath: IssuePath;
  /**
   * The element's own `sel-*` events (besides `sel-error`), each with what a person does to cause
   * it, on an element showing `valid()`; keyboard or pointer, as a person would.
   */
  readonly events: readonly ContractEvent[];
  /** Present for an element that holds a value: the form API is proven too. */
  readonly form?: ContractForm;
}

/** One event of a {@link ContractSubject} and how a person causes it. */
export interface ContractEvent {
  readonly name: SelEventName;
  readonly cause: (element: HTMLElement) => Promise<void>;
}

/** The value side of a {@link ContractSubject}. */
export interface ContractForm {
  /**
   * A complete value that fits `valid()` (one a `required` element accepts), different from the
   * value the element starts with: a fresh object on each call.
   */
  readonly value: () => object;
  /**
   * What to set `value` to so that a `required` element is invalid for a missing answer: `null`
   * for an element whose value can be empty, or a value that leaves something unanswered.
   */
  readonly missing: () => unknown;
  /** A value that does not fit `valid()`. */
  readonly invalidValue: () => unknown;
  /** The path of a problem reported for `invalidValue()`; it starts with `value`. */
  readonly invalidValuePath: IssuePath;
  /**
   * What a person does to change the value (keyboard or pointer, starting from the top of the
   * page), on an element showing `valid()` with the value it starts with.
   */
  readonly change: (element: HTMLElement) => Promise<void>;
}
