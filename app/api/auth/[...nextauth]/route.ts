import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";

// Options are built per request so they read the settings server.ts resolved.
const handler = (req: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) =>
  NextAuth(req, context, authOptions());

export { handler as GET, handler as POST };
