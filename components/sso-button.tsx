"use client";
import { signIn } from "next-auth/react";

export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <button
      type="button"
      onClick={() => signIn("oidc", { callbackUrl })}
      className="w-full rounded border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
