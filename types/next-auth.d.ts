import "next-auth";
import "next-auth/jwt";

// The only thing the portal keeps in its token: the server-side session id.
declare module "next-auth" {
  interface User {
    sid?: string;
  }
  interface Session {
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
