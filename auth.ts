import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/db/auth/sign-in";
import { claimOf, endSignIn, findSignedInAccount, SIGN_IN_MAX_AGE_MS } from "@/db/auth/sign-ins";
import { getDb } from "@/db";
import { clientAddress } from "@/lib/auth/client-address";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    signInId?: number;
  }
  interface Session {
    /** users.sessionVersion when the token was made; getViewer() refuses a stale one. */
    sessionVersion?: number;
    /** The sign_ins row of this token; getViewer() refuses it once revoked or expired. */
    signInId?: number;
  }
}

// Email and password against the users table; a JWT (signed with AUTH_SECRET)
// carries the user id, the session version and the id of its sign_ins row.
// JWTs cannot be revoked, so every use checks the row and the version
// (here, which also clears a dead cookie, and again in db/auth/current-viewer.ts).
export const { handlers, auth, signIn, signOut } = NextAuth({
  // Self-hosted: the Host header names the site (no AUTH_URL needed).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SIGN_IN_MAX_AGE_MS / 1000 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, request) =>
        authenticate(getDb(), credentials, {
          address: clientAddress(request.headers),
          userAgent: request.headers.get("user-agent") ?? "",
        }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { ...token, sub: user.id, sessionVersion: user.sessionVersion, signInId: user.signInId };
      const claim = claimOf(token);
      // Returning null makes Auth.js drop the cookie: a signed-out token stays out.
      return claim && findSignedInAccount(getDb(), claim, new Date()) ? token : null;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? "" },
        sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : undefined,
        signInId: typeof token.signInId === "number" ? token.signInId : undefined,
      };
    },
  },
  events: {
    // Signing out ends the token's sign-in row, so a copy of the cookie is worth nothing afterwards.
    signOut(message) {
      const claim = "token" in message ? claimOf(message.token) : null;
      if (claim) endSignIn({ db: getDb(), viewer: null }, claim);
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
