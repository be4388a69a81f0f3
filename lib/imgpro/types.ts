/** The app's own view of img.pro data; lib/imgpro reshapes every response into these. */

export interface AuthContext {
  app: { id: string; name: string };
  user: { id: string; email: string };
}

export interface Usage {
  plan: string;
  uploads: { used: number; limit: number | null; remaining: number | null; resetsAt: Date | null };
  storage: { used: number; limit: number | null; remaining: number | null };
  imagesStored: number | null;
}
