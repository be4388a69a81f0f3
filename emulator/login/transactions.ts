import { randomInt } from "node:crypto";
import type { Emulator } from "../context";
import { randomToken, safeEqual } from "../ids";
import type { AppRecord, LoginTransaction, UserRecord } from "../state";
import { ownRecord } from "./records";
import type { ConnectRequest } from "./request";

export const TRANSACTION_TTL_MS = 30 * 60_000;
export const OTP_TTL_MS = 10 * 60_000;
export const MAX_OTP_ATTEMPTS = 5;

/** Starts one run through the hosted login pages; its id is the only handle the browser gets. */
export function startTransaction(
  emu: Emulator,
  request: ConnectRequest,
  signedIn: UserRecord | null,
): LoginTransaction {
  const now = emu.now();
  const transactions = emu.store.state.loginTransactions;
  for (const [id, old] of Object.entries(transactions)) {
    if (old.createdAt + TRANSACTION_TTL_MS <= now) delete transactions[id];
  }
  const transaction: LoginTransaction = {
    id: randomToken(24),
    appId: request.app.id,
    redirectUri: request.redirectUri,
    state: request.state,
    email: signedIn?.email ?? null,
    otp: null,
    otpExpiresAt: 0,
    otpAttempts: 0,
    userId: signedIn?.id ?? null,
    createdAt: now,
  };
  transactions[transaction.id] = transaction;
  emu.store.changed();
  return transaction;
}

export interface LiveTransaction {
  transaction: LoginTransaction;
  app: AppRecord;
}

/**
 * The transaction a form names, if it can still be used. The app is re-checked: it may
 * have been suspended, or the redirect URI unregistered, since the login started.
 */
export function loadTransaction(emu: Emulator, id: string): LiveTransaction | null {
  const transaction = ownRecord(emu.store.state.loginTransactions, id);
  if (!transaction) return null;
  if (transaction.createdAt + TRANSACTION_TTL_MS <= emu.now()) {
    endTransaction(emu, transaction);
    return null;
  }
  const app = ownRecord(emu.store.state.apps, transaction.appId);
  if (!app || app.suspended || !app.redirectUris.includes(transaction.redirectUri)) return null;
  return { transaction, app };
}

export function endTransaction(emu: Emulator, transaction: LoginTransaction): void {
  delete emu.store.state.loginTransactions[transaction.id];
  emu.store.changed();
}

/** A fresh 6-digit code for this email. Wrong attempts are not reset: they count per login. */
export function issueOtp(emu: Emulator, transaction: LoginTransaction, email: string): string {
  const otp = String(randomInt(0, 1_000_000)).padStart(6, "0");
  transaction.email = email;
  transaction.userId = null;
  transaction.otp = otp;
  transaction.otpExpiresAt = emu.now() + OTP_TTL_MS;
  emu.store.changed();
  return otp;
}

export type OtpCheck = "ok" | "wrong" | "expired" | "locked" | "none";

/**
 * Checks a typed code. After MAX_OTP_ATTEMPTS wrong ones the whole transaction ends, so
 * a million codes cannot be walked by asking for new ones on the same login.
 */
export function checkOtp(emu: Emulator, transaction: LoginTransaction, typed: string): OtpCheck {
  if (!transaction.otp || !transaction.email) return "none";
  if (transaction.otpExpiresAt <= emu.now()) return "expired";
  if (safeEqual(transaction.otp, typed.trim())) {
    transaction.otp = null;
    emu.store.changed();
    return "ok";
  }
  transaction.otpAttempts += 1;
  emu.store.changed();
  if (transaction.otpAttempts >= MAX_OTP_ATTEMPTS) {
    endTransaction(emu, transaction);
    return "locked";
  }
  return "wrong";
}
