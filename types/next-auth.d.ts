import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/db/generated/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role: Role;
    /** Where the sign-in came from, for the audit row written with its session. */
    clientAddress?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The secret naming this sign-in's AuthSession row (lib/auth/auth-sessions.ts). */
    sid?: string;
  }
}
