import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { guardEmailSignIn } from "@/lib/server/auth/guard-email-sign-in";

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export { handle as GET };

export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const refused = await guardEmailSignIn(request.clone());
    if (refused) return refused;
  }
  return handle(request, context);
}
