import { DomainError } from "@/lib/server/errors";

/** The code of the DomainError a verb refuses with; fails the test if it does not refuse. */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}
