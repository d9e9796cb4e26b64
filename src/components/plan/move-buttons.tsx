"use client";

import { useEffectEvent, useLayoutEffect, useRef } from "react";
import type { Direction } from "./plan-state";

interface MoveButtonsProps {
  title: string;
  /** 0-based place in the phase and the phase's size. */
  index: number;
  count: number;
  onMove: (direction: Direction) => void;
  /** Told after the move shows, with the new 1-based place, for the screen-reader announcement. */
  onMoved: (place: number) => void;
}

/** globals.css: the utilities live in one CSS class, not in every step's HTML. */
const moveClass = "step-move";

/**
 * Keyboard-operable reordering. Moving re-orders the DOM, and the browser drops focus from a moved or
 * newly disabled button, so after the move shows, focus goes back to the pressed button (or to the other
 * one when the item reached the edge of its phase).
 */
export function MoveButtons({ title, index, count, onMove, onMoved }: MoveButtonsProps) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pressed = useRef<Direction | null>(null);
  const announceMove = useEffectEvent((place: number) => onMoved(place));

  useLayoutEffect(() => {
    const direction = pressed.current;
    if (!direction) return;
    pressed.current = null;
    const same = direction === "up" ? up.current : down.current;
    const other = direction === "up" ? down.current : up.current;
    (same && !same.disabled ? same : other)?.focus();
    announceMove(index + 1);
  }, [index]);

  const press = (direction: Direction) => {
    pressed.current = direction;
    onMove(direction);
  };

  return (
    <div className="flex gap-2" role="group" aria-label={`Order of “${title}”`}>
      <button ref={up} type="button" className={moveClass} disabled={index === 0} onClick={() => press("up")}>
        {/* The accessible name starts with the visible words, as speech users say them (WCAG 2.5.3). */}
        <span aria-hidden="true">↑</span> Move up<span className="sr-only"> “{title}”</span>
      </button>
      <button ref={down} type="button" className={moveClass} disabled={index >= count - 1} onClick={() => press("down")}>
        <span aria-hidden="true">↓</span> Move down<span className="sr-only"> “{title}”</span>
      </button>
    </div>
  );
}
