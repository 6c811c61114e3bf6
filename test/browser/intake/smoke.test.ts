import { expect } from '@open-wc/testing';
import { WALKING_SKELETON_URL, exampleDefinition, headingText, mountIntake, shadow } from './intake-helpers.js';

describe('smoke', () => {
  it('renders', async () => {
    const intake = await mountIntake(await exampleDefinition(WALKING_SKELETON_URL));
    console.log(headingText(intake));
    console.log(shadow(intake).innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 3000));
    expect(headingText(intake)).to.not.equal('');
  });
});
