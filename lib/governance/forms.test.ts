import { getAssociatedTokenAddressSync } from '@solana/spl-token';
import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { checkDescription, fetchableUrl, sha256Hex, validateProposalMeta, VOTE_WEIGHTING_WORDS } from './description';
import { validateRawInstruction } from './raw-instruction';
import { ADDRESSES, K, MINT } from './test-fixtures';
import { transferDestination, treasuryTransferDraft, validateTreasuryTransfer } from './treasury-transfer';

const TOKEN = new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
const WALLET = '9hcGcrwq1p5PGDqbu3sd7t8UMc31n6aXazvuPscCLqEw';

describe('treasury transfer form', () => {
  const ctx = { decimals: 9, treasuryBalance: 1_000_000n * K };
  it('an exact amount within the treasury, to a valid address', () => {
    const r = validateTreasuryTransfer({ recipient: WALLET, amount: '50,000.000000001' }, ctx);
    expect(r.ok && r.amount).toBe(50_000n * K + 1n);
    expect(r.ok && r.recipient.toBase58()).toBe(WALLET);
  });

  it.each([
    [{ recipient: '', amount: '1' }, { recipient: 'Enter the recipient.' }],
    [{ recipient: 'not an address', amount: '1' }, { recipient: 'That is not a Solana address (base58, 32 to 44 characters).' }],
    [{ recipient: WALLET, amount: '0' }, { amount: 'Enter an amount greater than zero.' }],
    [{ recipient: WALLET, amount: '1e3' }, { amount: 'Write the amount out in digits.' }],
    [{ recipient: WALLET, amount: '1,000,000.000000001' }, { amount: 'The treasury holds 1,000,000 KEEL.' }],
  ])('%j is refused', (values, errors) => expect(validateTreasuryTransfer(values, ctx)).toEqual({ ok: false, errors }));

  it('pays a wallet into its associated token account (created with the proposal when missing), a token account directly', () => {
    const recipient = new PublicKey(WALLET);
    const ata = getAssociatedTokenAddressSync(MINT, recipient, true, TOKEN);
    const wallet = transferDestination({ recipient, mint: MINT, tokenProgram: TOKEN, info: { isTokenAccountOfMint: false, isOtherAccount: false, ataExists: false } });
    expect(wallet).toEqual({ ok: true, destination: ata, createAta: true, describedAs: 'wallet' });
    expect(transferDestination({ recipient, mint: MINT, tokenProgram: TOKEN, info: { isTokenAccountOfMint: true, isOtherAccount: false, ataExists: false } })).toEqual({
      ok: true,
      destination: recipient,
      createAta: false,
      describedAs: 'token-account',
    });
    expect(transferDestination({ recipient, mint: MINT, tokenProgram: TOKEN, info: { isTokenAccountOfMint: false, isOtherAccount: true, ataExists: false } })).toMatchObject({ ok: false });

    const draft = treasuryTransferDraft({
      mint: MINT,
      programId: ADDRESSES.programId,
      stakingProgramId: ADDRESSES.stakingProgramId,
      tokenProgram: TOKEN,
      decimals: 9,
      payer: recipient,
      recipient,
      destination: wallet as Extract<typeof wallet, { ok: true }>,
      amount: 50_000n * K,
    });
    expect(draft.setup).toHaveLength(1);
    // The sentence voters read names the wallet, not its token account's address.
    expect(draft.names).toEqual({ [ata.toBase58()]: 'the KEEL account of 9hcG…LqEw' });
    // transfer_checked from the treasury, signed by the authority PDA.
    expect(draft.action.programId.equals(TOKEN)).toBe(true);
    expect(draft.action.keys.map((k) => [k.pubkey.toBase58(), k.isSigner, k.isWritable])).toEqual([
      [ADDRESSES.treasury.toBase58(), false, true],
      [MINT.toBase58(), false, false],
      [ata.toBase58(), false, true],
      [ADDRESSES.authority.toBase58(), true, false],
    ]);
    expect(draft.action.data[0]).toBe(12);
  });
});

describe('raw instruction form', () => {
  const authority = ADDRESSES.authority;
  it('builds the instruction exactly as typed; warns about signers governance cannot provide', () => {
    const r = validateRawInstruction(
      {
        programId: 'MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr',
        accounts: [
          { pubkey: authority.toBase58(), signer: true, writable: false },
          { pubkey: WALLET, signer: true, writable: true },
        ],
        data: 'aGk=',
        encoding: 'base64',
      },
      authority,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Array.from(r.instruction.data)).toEqual([0x68, 0x69]);
    expect(r.instruction.keys[1]).toMatchObject({ isSigner: true, isWritable: true });
    expect(r.warnings).toEqual([`Account ${WALLET} is marked signer: executing needs its signature, which governance cannot give.`]);
  });

  it('refuses bad addresses, bad data, too many accounts and too much data', () => {
    expect(validateRawInstruction({ programId: 'x', accounts: [{ pubkey: '', signer: false, writable: false }], data: 'zz', encoding: 'hex' }, authority)).toEqual({
      ok: false,
      errors: { programId: 'That is not a Solana address (base58, 32 to 44 characters).', 'accounts.0.pubkey': 'Enter the account.' },
    });
    const program = 'MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr';
    expect(validateRawInstruction({ programId: program, accounts: [], data: 'abc', encoding: 'hex' }, authority)).toEqual({
      ok: false,
      errors: { data: 'Hex data needs an even number of digits (two per byte).' },
    });
    expect(validateRawInstruction({ programId: program, accounts: [], data: '00'.repeat(513), encoding: 'hex' }, authority)).toEqual({
      ok: false,
      errors: { data: 'An action takes at most 512 bytes of data (this is 513).' },
    });
    const many = Array.from({ length: 17 }, () => ({ pubkey: WALLET, signer: false, writable: false }));
    expect(validateRawInstruction({ programId: program, accounts: many, data: '', encoding: 'hex' }, authority)).toEqual({
      ok: false,
      errors: { accounts: 'An action takes at most 16 accounts.' },
    });
  });
});

describe('title, type, URI and the description’s hash', () => {
  const base = { title: 'Lower the penalty', type: 'parameter-change' as const, uri: '', description: '', hash: '' };

  it('hashes the description (sha256 of its UTF-8)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const r = await validateProposalMeta({ ...base, uri: 'ipfs://bafy', description: 'abc' });
    expect(r.ok && Buffer.from(r.meta.descriptionHash).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const typed = await validateProposalMeta({ ...base, uri: 'https://forum.example/p/1', hash: 'AB'.repeat(32) });
    expect(typed.ok && typed.meta.descriptionHash).toEqual(new Uint8Array(32).fill(0xab));
    const none = await validateProposalMeta(base);
    expect(none.ok && none.meta.descriptionHash).toEqual(new Uint8Array(32));
  });

  it('refuses what create_proposal would: empty or long titles, long URIs; and URIs without a document', async () => {
    expect(await validateProposalMeta({ ...base, title: '   ' })).toEqual({ ok: false, errors: { title: 'Give the proposal a title.' } });
    expect(await validateProposalMeta({ ...base, title: 'é'.repeat(49) })).toEqual({ ok: false, errors: { title: 'A title holds at most 96 bytes.' } });
    expect(await validateProposalMeta({ ...base, uri: `https://x.example/${'a'.repeat(180)}`, description: 'x' })).toEqual({
      ok: false,
      errors: { uri: 'A URI holds at most 192 bytes.' },
    });
    expect(await validateProposalMeta({ ...base, uri: 'ftp://x', description: 'x' })).toEqual({
      ok: false,
      errors: { uri: 'Use an https://, ipfs:// or ar:// URI (or a path starting with /).' },
    });
    expect(await validateProposalMeta({ ...base, uri: 'ipfs://bafy' })).toEqual({
      ok: false,
      errors: { description: 'Paste the published description (or its sha256) so voters can check the document at the URI.' },
    });
    expect(await validateProposalMeta({ ...base, uri: 'ipfs://bafy', hash: 'xyz' })).toEqual({ ok: false, errors: { hash: 'A sha256 hash is 64 hex digits.' } });
  });

  it('fetches portal paths, http(s) and IPFS (through a gateway); checks the document against the hash', async () => {
    expect(fetchableUrl('/governance/documents/x', 'http://localhost:3000')).toBe('http://localhost:3000/governance/documents/x');
    expect(fetchableUrl('ipfs://bafy/doc.md', 'http://a')).toBe('https://ipfs.io/ipfs/bafy/doc.md');
    expect(fetchableUrl('ar://tx', 'http://a')).toBeNull();
    const served = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;
    const hash = Buffer.from('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex');
    expect(await checkDescription('http://x', hash, served('abc'))).toEqual({ status: 'match', text: 'abc' });
    expect(await checkDescription('http://x', hash, served('abd'))).toMatchObject({ status: 'mismatch' });
    expect(await checkDescription('http://x', hash, served('', 404))).toEqual({ status: 'unreachable', reason: 'The URI answered HTTP 404.' });
  });
});

describe('vote weighting wording', () => {
  it('says quadratic weight is per wallet, and that splitting across wallets is its known limit', () => {
    expect(VOTE_WEIGHTING_WORDS.quadratic).toMatch(/square root of its total voting power/);
    expect(VOTE_WEIGHTING_WORDS.quadratic).toMatch(/however it splits its stake into positions/);
    expect(VOTE_WEIGHTING_WORDS.quadratic).toMatch(/across several wallets .* known limit of quadratic voting/);
    expect(VOTE_WEIGHTING_WORDS.linear).toMatch(/linearly/);
  });
});
