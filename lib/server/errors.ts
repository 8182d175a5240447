/** An expected refusal: its code is a key of the "errors" catalogue, shown to the person. */
export class DomainError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
