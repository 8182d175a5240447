// FieldDomainError lives in lib/server/errors.ts beside DomainError; this path stays only while
// lib/actions/run-action.ts still imports it from here.
export { FieldDomainError } from "../errors";
