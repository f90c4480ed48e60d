import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/db/auth/sign-in";
import { clientAddress } from "@/db/auth/sign-in-throttle";
import { getDb } from "@/db";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** users.sessionVersion when the token was made; getCurrentUser() refuses a stale one. */
    sessionVersion?: number;
  }
}

// Email and password against the users table; a JWT (signed with AUTH_SECRET
// from the environment) carries the user id and session version. JWTs cannot be
// revoked, so db/auth/current-user.ts checks both against the database on every use.
export const { handlers, auth, signIn, signOut } = NextAuth({
  // Self-hosted: the Host header names the site (no AUTH_URL needed).
  trustHost: true,
  session: { strategy: "jwt" },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, request) => authenticate(getDb(), credentials, clientAddress(request.headers)),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? "" },
        sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : undefined,
      };
    },
  },
  logger: {
    error(error) {
      // A wrong password or a throttled attempt is not a fault of the server.
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth][error] ${error.name}: ${error.message}`, error.cause ?? "");
    },
  },
});
