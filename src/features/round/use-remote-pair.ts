import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { eventsFromShare, sharedRoundFromRound } from '../../domain/pair/shared-round';
import type { Round } from '../../domain/round/round.schema';
import { createRoomSecret, importRoomKey, type RoomSecret } from '../../lib/pair-crypto';
import { pairTabId } from '../../lib/pair-tab-id';
import type * as PairDoc from '../../lib/pair-doc';
import type { LinkState, RelayLink } from '../../lib/pair-relay-link';
import { onSelection } from './candidate-selection';
import { keepForRubric } from './keep-for-rubric';
import { inviteLink, loadRoom, saveRoom } from './pair-room-storage';
import { readActiveRound, useRoundDispatch } from './use-round-store';

export interface RemotePair {
  /** The link to give the partner, once invited. */
  link: string | null;
  /** The room behind the link (a code to read out seals it for the relay). */
  room: RoomSecret | null;
  /** The connection to the relay and whether the partner is in the room. */
  state: LinkState | null;
  /** Why the partner's last change was refused (a malformed part of the document). */
  refused: string | null;
  invite(): void;
  stop(): void;
}

/**
 * The candidate's side of pair practice across machines: invites a partner into a room of the
 * relay and keeps the shared document in step with the round (the candidate owns the round;
 * only the redacted candidate state goes out). The partner's hints, prompts and rubric come
 * back through the round machine, like over the same-browser channel. Typing never waits on
 * the partner: the document is local and syncs when it can.
 */
export function useRemotePair(round: Round | null, hints: readonly string[]): RemotePair {
  const dispatch = useRoundDispatch();
  const roundId = round?.id ?? null;
  const [version, setVersion] = useState(0);
  // Re-read when the round changes or the invite is made or stopped (version).
  const room = useMemo(() => (roundId ? loadRoom(roundId) : null), [roundId, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const [state, setState] = useState<LinkState | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const linkRef = useRef<RelayLink | null>(null);
  // Yjs and the relay client load only once a partner is invited (not with every round).
  const docRef = useRef<typeof PairDoc | null>(null);

  // The round as last seen here: once saved, the room outlives the page for the rubric.
  const lastRoundRef = useRef<{ round: Round; hints: readonly string[] } | null>(null);

  const publish = useEffectEvent(() => {
    const link = linkRef.current;
    const current = readActiveRound();
    if (!link || !docRef.current || !current || current.id !== roundId) return;
    lastRoundRef.current = { round: current, hints };
    const shared = sharedRoundFromRound(current, hints, link.state().offsetMs);
    docRef.current.writeSharedRound(link.doc, shared.round, shared.code);
  });

  const receive = useEffectEvent(() => {
    const link = linkRef.current;
    const current = readActiveRound();
    if (!link || !docRef.current || !current || current.id !== roundId) return;
    const share = docRef.current.readInterviewerShare(link.doc);
    if (share.ok === 'empty') return;
    if (!share.ok) return setRefused(share.error);
    setRefused(null);
    for (const event of eventsFromShare(current, hints, share.value)) dispatch(event);
  });

  const follow = useEffectEvent(() => {
    const link = linkRef.current;
    if (!link) return;
    const next = link.state();
    setState(next);
    const current = readActiveRound();
    // A partner in the room takes the prompts and hints, as a same-browser interviewer window does.
    if (next.peer && current?.id === roundId && !current.pair && current.phase !== 'saved') {
      dispatch({ type: 'set-pair', pair: 'window' });
    }
    publish(); // the relay clock may just have been measured
  });

  useEffect(() => {
    if (!room) return;
    let live = true;
    let cleanup = () => {};
    void Promise.all([
      importRoomKey(room.key),
      import('../../lib/pair-relay-link'),
      import('../../lib/pair-doc'),
    ]).then(([key, { openRelayLink }, doc]) => {
      if (!live) return;
      docRef.current = doc;
      const link = openRelayLink({
        origin: location.origin,
        roomId: room.roomId,
        key,
        role: 'candidate',
        peerId: pairTabId(),
      });
      linkRef.current = link;
      const unfollow = link.subscribe(follow);
      const unselect = onSelection((selection) => link.setSelection(selection));
      link.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== 'local') receive();
      });
      publish();
      follow();
      cleanup = () => {
        unfollow();
        unselect();
        const last = lastRoundRef.current;
        if (last?.round.phase === 'saved' && last.round.pair) keepForRubric({ link, doc, ...last });
        else link.destroy();
      };
    });
    return () => {
      live = false;
      cleanup();
      linkRef.current = null;
      setState(null);
      setRefused(null);
    };
  }, [room]);

  useEffect(() => publish(), [round]);

  return {
    link: room ? inviteLink(location.origin, room) : null,
    room,
    state,
    refused,
    invite() {
      if (!roundId) return;
      saveRoom(roundId, createRoomSecret());
      setVersion((v) => v + 1);
    },
    stop() {
      if (!roundId) return;
      saveRoom(roundId, null);
      setVersion((v) => v + 1);
    },
  };
}
