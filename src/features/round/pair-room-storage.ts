import { z } from '../../domain/mini-zod';
import { isRoomId, type RoomSecret } from '../../lib/pair-crypto';

const roomSchema = z.strictObject({
  roomId: z.string().check(z.refine(isRoomId, 'not a room id')),
  key: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'not a 256-bit key')),
});
const roomKey = (roundId: string) => `mockround-pair-room:${roundId}`;

/**
 * The invite of a round lives in this tab's session storage: a reload rejoins the same room, and
 * the key never reaches the round records (or an export of them).
 */
export function loadRoom(roundId: string): RoomSecret | null {
  try {
    const parsed = roomSchema.safeParse(
      JSON.parse(sessionStorage.getItem(roomKey(roundId)) ?? 'null'),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveRoom(roundId: string, room: RoomSecret | null): void {
  if (room) sessionStorage.setItem(roomKey(roundId), JSON.stringify(room));
  else sessionStorage.removeItem(roomKey(roundId));
}

/** The link a partner opens: the room in the path, the key in the fragment (never sent). */
export function inviteLink(origin: string, room: RoomSecret): string {
  return `${origin}/pair/${room.roomId}#${room.key}`;
}
