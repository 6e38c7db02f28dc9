import { describe, expect, it } from 'vitest';
import { stackCards } from './marginStack.js';

const card = (desiredTop: number, height = 100) => ({ desiredTop, height });

describe('stacking the cards of the comment margin', () => {
  it('puts each card level with its passage when there is room', () => {
    expect(stackCards([card(0), card(300), card(700)], 8)).toEqual([0, 300, 700]);
  });

  it('pushes a card down below the one before it rather than overlapping, and never above the top', () => {
    expect(stackCards([card(-40), card(50), card(60), card(400)], 8)).toEqual([0, 108, 216, 400]);
  });

  it('puts the focused card level with its passage and moves those above it up', () => {
    // Unfocused, the third would be pushed to 258; focused, it stands at 160 and the second makes room.
    expect(stackCards([card(0, 20), card(150), card(160)], 8, 2)).toEqual([0, 52, 160]);
    // No room above for that: the cards above stay at the top and the focused one comes as close as it can.
    expect(stackCards([card(0), card(50), card(120)], 8, 2)).toEqual([0, 108, 216]);
  });

  it('lets the cards below the focused one follow it', () => {
    expect(stackCards([card(0), card(100), card(110), card(500)], 8, 1)).toEqual([0, 108, 216, 500]);
  });

  it('ignores a focus outside the cards', () => {
    expect(stackCards([card(10)], 8, 3)).toEqual([10]);
    expect(stackCards([], 8, 0)).toEqual([]);
  });
});
