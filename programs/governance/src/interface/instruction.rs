//! Instructions: the first data byte selects one, the rest is its data
//! (integers little-endian, no padding; offsets below count from the byte after
//! the discriminator). Accounts are listed as `index [flags] name`: `s` signer,
//! `w` writable. Each comment is the spec the TypeScript builders in
//! `lib/programs/governance/instructions/` are tested against.
//!
//! Every instruction checks signers, owners, discriminators, PDAs and
//! writability before it changes anything, and logs one event (`event.rs`).

use super::error::GovernanceError;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GovernanceInstruction {
    /// Creates the governance of a staking config: the config PDA, and the
    /// treasury token account (of the staked mint) owned by the authority PDA.
    /// Only the staking config's current authority may do it, so whoever set up
    /// staking decides the first rules (the guardian included: its first
    /// appointment is here, later ones are proposed and accepted). Hand-over is
    /// a separate step in the same transaction (the client builds it,
    /// `getHandOverInstructions`): staking `update_config` SetVoteAuthority and
    /// SetAuthority propose the authority PDA, and `AcceptStakingAuthority` 1
    /// and 0 accept. From then on only executed proposals change staking
    /// parameters or spend from the treasury.
    ///
    /// Accounts:
    /// 0. `[s, w]` payer, the staking config's authority
    /// 1. `[w]` governance config, PDA `["governance", staking_config]` (created)
    /// 2. `[]` staking config (its owner becomes the governance's staking program)
    /// 3. `[]` authority, PDA `["authority", governance]`
    /// 4. `[w]` treasury, PDA `["treasury", governance]` (created: token account, owner = authority)
    /// 5. `[]` mint (the staking config's)
    /// 6. `[]` token program (the mint's)
    /// 7. `[]` system program
    ///
    /// Data (86 bytes, `Params`): `0 quorum_bps u16` (1..=10_000), `2 approval_bps u16`
    /// (5_001..=10_000), `4 voting_period_secs i64` (1 h..=30 d), `12 timelock_secs i64`
    /// (0..=30 d), `20 grace_period_secs i64` (1..=90 d), `28 late_quorum_extension_secs i64`
    /// (0..=7 d), `36 min_proposal_power u64`, `44 min_vote_power u64`, `52 max_actions u8`
    /// (0..=16), `53 vote_weighting u8` (0 linear, 1 quadratic), `54 guardian [u8; 32]`
    /// (all zero = none).
    Initialize = 0,

    /// Creates a proposal in Draft. The proposer shows staking positions whose
    /// current voting power sums to at least `min_proposal_power` (each owned by
    /// the proposer, of this staking config, none twice). A position's current
    /// power follows the staking program's rule: an ended lock counts at the
    /// no-lock multiplier (`interface::staking`). Title and URI are stored;
    /// the description itself lives at the URI, pinned by its sha256.
    ///
    /// Accounts:
    /// 0. `[s]` proposer
    /// 1. `[s, w]` payer (rent)
    /// 2. `[w]` governance config
    /// 3. `[]` staking config (the no-lock multiplier ended locks count at)
    /// 4. `[w]` proposal, PDA `["proposal", governance, id u64 LE]` (created)
    /// 5. `[]` system program
    /// 6.. `[]` the proposer's staking positions
    ///
    /// Data: `0 id u64` (the config's `proposal_count`), `8 bump u8` (canonical),
    /// `9 proposal_type u8` (0 parameter change, 1 treasury spending, 2 program upgrade
    /// note, 3 feature toggle, 4 text-only), `10 description_hash [u8; 32]`,
    /// `42 title_len u8` (1..=96), `43 uri_len u8` (0..=192), `44 title`, then `uri`.
    CreateProposal = 1,

    /// Appends an action (one instruction the proposal runs when executed) to a
    /// Draft proposal, proposer only, up to the config's `max_actions`. Not for
    /// text-only proposals. Metas may not name the proposal or the action itself.
    /// An action calling governance's own `update_config` Guardian or
    /// RemoveGuardian is counted in the proposal's `guardian_actions`: the
    /// guardian cannot veto or cancel a proposal that replaces or removes it.
    ///
    /// Accounts:
    /// 0. `[s]` proposer
    /// 1. `[s, w]` payer (rent)
    /// 2. `[]` governance config
    /// 3. `[w]` proposal
    /// 4. `[w]` action, PDA `["action", proposal, index u8]` (created)
    /// 5. `[]` system program
    ///
    /// Data: `0 index u8` (the proposal's `next_action_index`), `1 bump u8` (canonical),
    /// `2 program_id [u8; 32]`, `34 account_count u8` (≤ 16), then per account
    /// `{ pubkey [u8; 32], flags u8 }` (bit 0 signer, bit 1 writable), then
    /// `data_len u16` (≤ 512) and the data.
    AddAction = 2,

    /// Removes an action from a Draft proposal (closing its account), proposer only.
    ///
    /// Accounts:
    /// 0. `[s, w]` proposer (receives the rent)
    /// 1. `[w]` proposal
    /// 2. `[w]` action
    ///
    /// Data: none.
    RemoveAction = 3,

    /// Starts voting on a Draft proposal, proposer only: start = now, end = now +
    /// voting period; snapshots the staking config's total voting power (quorum
    /// basis), and the config's quorum, approval, timelock, grace period,
    /// late-quorum extension and vote weighting, which then hold for this proposal.
    /// The staking schedule must have crossed today's 00:00 UTC (its
    /// `synced_day` = today, so every lock that has ended is out of the total):
    /// `StakingNotSynced` otherwise; clients send staking `sync` first in the
    /// same transaction.
    ///
    /// Accounts:
    /// 0. `[s]` proposer
    /// 1. `[]` governance config
    /// 2. `[w]` proposal
    /// 3. `[]` staking config
    ///
    /// Data: none.
    Activate = 4,

    /// Votes with one or more of the voter's staking positions while voting is
    /// open, each at its current voting power (an ended lock at the no-lock
    /// multiplier, `interface::staking`). Each position votes at most once per
    /// proposal: its vote record PDA is created here (canonical bump) and exists
    /// until relinquished. The positions' power must sum to at least
    /// `min_vote_power`. Each position is locked in the staking program until
    /// the vote can no longer be extended (`lock_for_vote` until end +
    /// extension, signed by the authority PDA, which must be the staking
    /// config's vote authority). If this vote first reaches quorum within the
    /// last `extension` seconds, voting is extended by that much once.
    ///
    /// Weight. Linear: each position's power. Quadratic: per wallet and side,
    /// ⌊√(Σ power of the wallet's vote records on that side)⌋, kept in the
    /// wallet's voter record (`["voter", proposal, voter]`, created on its first
    /// vote on the proposal, canonical bump, rent paid by the voter): this vote
    /// adds the positions' total to the wallet's sum on the side and the tally
    /// moves by ⌊√new⌋ − ⌊√old⌋, so however a wallet splits its stake into
    /// positions or its votes into transactions its weight is ⌊√Σ power⌋.
    /// (Splitting across wallets is the known limit of quadratic voting.)
    /// Quorum counts linear power either way.
    ///
    /// Votes go through while staking is paused: a pause stops tokens moving
    /// into and around staking, not governance, which must stay able to pass
    /// the proposal that unpauses staking or replaces the guardian (staking's
    /// `lock_for_vote` does not check the pause; the vote lock only delays the
    /// voting positions' exits, like any vote).
    ///
    /// Accounts:
    /// 0. `[s, w]` voter (owner of the positions; pays the records' rent)
    /// 1. `[]` governance config
    /// 2. `[w]` proposal
    /// 3. `[]` authority PDA
    /// 4. `[w]` staking config
    /// 5. `[w]` staking schedule, PDA `["schedule", staking config]` of the staking
    ///    program (staking's `lock_for_vote` checks it)
    /// 6. `[]` staking program
    /// 7. `[]` system program
    /// 8.. pairs: `[w]` position, `[w]` vote record PDA `["vote", proposal, position]` (created)
    /// then, quadratic proposals only: `[w]` voter record PDA `["voter", proposal, voter]`
    /// (created on the wallet's first vote on the proposal)
    /// then, last: `[]` the Clock sysvar, `[]` the Rent sysvar
    ///
    /// The time and the rent-exempt minimum come from the sysvars' accounts (a
    /// key comparison and a few loads each, where each syscall costs 110 CU;
    /// the clock goes on to staking's `lock_for_vote`); anything else in their
    /// places is `InvalidSysvar`.
    ///
    /// Data: `0 side u8` (0 for, 1 against, 2 abstain), then one canonical bump
    /// per pair, then (quadratic only) the voter record's canonical bump
    /// (`1 + pairs` bytes, `2 + pairs` quadratic).
    ///
    /// A record's address is checked by its creation: the System CPI is signed
    /// with its seeds and bump, which the runtime accepts only for the address
    /// they derive. Checks run in this order, so each wrong record fails one way
    /// (a voter record that already belongs to this program is checked first:
    /// the wallet's own on this proposal is used, whatever the bump, any other
    /// fails with `InvalidVoterRecord`; otherwise as a vote record):
    /// 1. the record signed the transaction (no PDA can): `InvalidAddress`;
    /// 2. the bump is not the canonical one (a higher bump gives a PDA),
    ///    whatever the address: `InvalidAddress`;
    /// 3. the record is an account of this program: the vote record at exactly
    ///    this address `AlreadyVoted`, any other `InvalidAddress`;
    /// 4. it holds data or belongs to another program: `AccountAlreadyExists`;
    /// 5. otherwise it is created, and the runtime refuses the CPI unless the
    ///    address derives from the seeds and bump: `PrivilegeEscalation`; a
    ///    bump above the canonical one derives no address at all, and the
    ///    runtime aborts the program (`ProgramFailedToComplete`, logging "Could
    ///    not create program address with signer seeds").
    CastVote = 5,

    /// Moves the voter's votes (vote records) to another side while voting is open.
    /// The recorded power stays; the quorum and late-quorum rules apply.
    /// Quadratic: the moved power leaves the wallet's sums on the old sides
    /// and joins its sum on the new one (voter record), each tally moving by
    /// ⌊√new⌋ − ⌊√old⌋.
    ///
    /// Accounts:
    /// 0. `[s]` voter
    /// 1. `[w]` proposal
    /// 2.. `[w]` the voter's vote records on this proposal (at least one)
    /// then, quadratic proposals only: `[w]` the voter's voter record
    ///
    /// Data: `0 side u8`.
    ChangeVote = 6,

    /// Closes the voter's vote records (rent back to the voter). While voting is
    /// open the votes leave the tallies (the position may vote again; its staking
    /// lock stays); afterwards the tallies are final and only the rent returns.
    /// Quadratic: the power leaves the wallet's sums (voter record; while voting
    /// is open each tally moves by ⌊√new⌋ − ⌊√old⌋), and the voter record is
    /// closed too (rent back) with the wallet's last vote record.
    ///
    /// Accounts:
    /// 0. `[s, w]` voter (receives the rent)
    /// 1. `[w]` proposal
    /// 2.. `[w]` the voter's vote records on this proposal (at least one)
    /// then, quadratic proposals only: `[w]` the voter's voter record
    ///
    /// Data: none.
    Relinquish = 7,

    /// Anyone settles a proposal whose clock ran out:
    /// - Voting, after end: Succeeded if quorum_power ≥ quorum_required and
    ///   for ≥ ⌈(for + against) × approval_bps / 10_000⌉ with for > 0, else Defeated;
    /// - Succeeded, after end + grace period (never queued): Expired;
    /// - Queued, after eta + grace period (actions left): Expired.
    ///
    /// Accounts:
    /// 0. `[w]` proposal
    ///
    /// Data: none.
    Finalize = 8,

    /// Anyone queues a Succeeded proposal (until end + grace period): eta = now +
    /// timelock. Without actions it is Executed at once.
    ///
    /// Accounts:
    /// 0. `[w]` proposal
    ///
    /// Data: none.
    Queue = 9,

    /// Anyone executes the next action of a Queued proposal, from eta until eta +
    /// grace period, in index order, each once. The action's instruction is invoked
    /// with the authority PDA signing. A failing action fails the transaction (its
    /// error is the invoked program's, and the `ActionExecuting` event names it);
    /// nothing is recorded, so it can be retried. The last action makes the
    /// proposal Executed.
    ///
    /// Accounts:
    /// 0. `[]` governance config
    /// 1. `[w]` proposal
    /// 2. `[w]` action
    /// 3.. the action's accounts in stored order (writable as stored; the authority
    ///     PDA is not a transaction signer), then the action's program
    ///
    /// Data: none.
    Execute = 10,

    /// Cancels a proposal: the proposer while it is a Draft or Voting without any
    /// vote cast yet; the guardian while it is a Draft or Voting, unless it
    /// changes the guardian (`GuardianConflict`).
    ///
    /// Accounts:
    /// 0. `[s]` proposer or guardian
    /// 1. `[]` governance config
    /// 2. `[w]` proposal
    ///
    /// Data: none.
    Cancel = 11,

    /// The guardian vetoes a proposal that is Voting, Succeeded or Queued, unless
    /// it changes the guardian (`GuardianConflict`): governance can always
    /// remove or replace its guardian.
    ///
    /// Accounts:
    /// 0. `[s]` guardian
    /// 1. `[]` governance config
    /// 2. `[w]` proposal
    ///
    /// Data: none.
    Veto = 12,

    /// Changes one governance parameter. The signer must be the authority PDA,
    /// which only signs when an executed proposal's action invokes this.
    ///
    /// Accounts:
    /// 0. `[s]` authority PDA
    /// 1. `[w]` governance config
    ///
    /// Data: `0 field u8`, then by field (see `ConfigField`; bounds as in `Initialize`):
    /// 0 quorum_bps u16, 1 approval_bps u16, 2 voting_period_secs i64, 3 timelock_secs i64,
    /// 4 grace_period_secs i64, 5 late_quorum_extension_secs i64, 6 min_proposal_power u64,
    /// 7 min_vote_power u64, 8 max_actions u8, 9 vote_weighting u8, 10 guardian [u8; 32],
    /// 11 remove guardian (no value). Running proposals keep their snapshot.
    ///
    /// The guardian changes hands in two steps. Field 10 only proposes: the key
    /// becomes `pending_guardian` (replacing any earlier proposal; all zero
    /// cancels it) and the current guardian keeps its powers until the proposed
    /// key signs `AcceptGuardian`, so a mistyped key never takes the role and
    /// never leaves governance without one. Field 11 removes the guardian and
    /// any pending one at once (giving up a role needs nobody's acceptance).
    UpdateConfig = 13,

    /// The guardian pauses (or unpauses) staking in an emergency: staking
    /// `update_config` SetPaused, signed by the authority PDA. Exits stay open
    /// while staking is paused (the staking program's rule), and so does
    /// governance: proposals are created, voted (see `CastVote`) and executed
    /// as usual, so an executed proposal can unpause staking (a staking
    /// `update_config` SetPaused action) as well as the guardian here.
    ///
    /// Accounts:
    /// 0. `[s]` guardian
    /// 1. `[]` governance config
    /// 2. `[]` authority PDA
    /// 3. `[w]` staking config
    /// 4. `[]` staking program
    ///
    /// Data: `0 paused u8` (0 / 1).
    SetStakingPaused = 14,

    /// The pending guardian (proposed by `UpdateConfig` Guardian, i.e. by an
    /// executed proposal) signs to become the guardian; `pending_guardian` is
    /// cleared. Until then the old guardian keeps every power and the pending
    /// key has none. `NoPendingGuardian` when nothing is pending,
    /// `NotPendingGuardian` when another key signs.
    ///
    /// Accounts:
    /// 0. `[s]` pending guardian
    /// 1. `[w]` governance config
    ///
    /// Data: none.
    AcceptGuardian = 15,

    /// Anyone completes a staking hand-over to governance: staking
    /// `accept_authority` `which` (0 authority, 1 vote authority), signed by the
    /// authority PDA. The staking program accepts only if its config's pending
    /// key, proposed by its current authority, is this authority PDA (else its
    /// own `NoPendingAuthority` / `NotPendingAuthority`).
    ///
    /// Why not only through a proposal (an action calling staking
    /// `accept_authority` does the same by vote): every vote is a
    /// `lock_for_vote` signed by the PDA, so until governance is the vote
    /// authority no proposal can pass to accept it. Letting anyone send it is
    /// safe: it only completes what the staking authority proposed, for this
    /// governance's own staking config, and the staking authority sends the
    /// proposal and this in one transaction (`getHandOverInstructions`), so
    /// nobody else picks the moment.
    ///
    /// Accounts:
    /// 0. `[]` governance config
    /// 1. `[]` authority PDA
    /// 2. `[w]` staking config
    /// 3. `[]` staking program
    ///
    /// Data: `0 which u8` (0 authority, 1 vote authority).
    AcceptStakingAuthority = 16,
}

impl GovernanceInstruction {
    /// Splits instruction data into the instruction and the rest.
    #[inline(always)]
    pub fn unpack(data: &[u8]) -> Result<(Self, &[u8]), GovernanceError> {
        let (&tag, rest) = data.split_first().ok_or(GovernanceError::InvalidInstructionData)?;
        let ix = match tag {
            0 => Self::Initialize,
            1 => Self::CreateProposal,
            2 => Self::AddAction,
            3 => Self::RemoveAction,
            4 => Self::Activate,
            5 => Self::CastVote,
            6 => Self::ChangeVote,
            7 => Self::Relinquish,
            8 => Self::Finalize,
            9 => Self::Queue,
            10 => Self::Execute,
            11 => Self::Cancel,
            12 => Self::Veto,
            13 => Self::UpdateConfig,
            14 => Self::SetStakingPaused,
            15 => Self::AcceptGuardian,
            16 => Self::AcceptStakingAuthority,
            _ => return Err(GovernanceError::InvalidInstructionData),
        };
        Ok((ix, rest))
    }
}

/// `update_config` fields.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigField {
    QuorumBps = 0,
    ApprovalBps = 1,
    VotingPeriod = 2,
    Timelock = 3,
    GracePeriod = 4,
    LateQuorumExtension = 5,
    MinProposalPower = 6,
    MinVotePower = 7,
    MaxActions = 8,
    VoteWeighting = 9,
    /// Proposes a guardian (all zero cancels the proposal); see `AcceptGuardian`.
    Guardian = 10,
    /// Removes the guardian and any pending one.
    RemoveGuardian = 11,
}

/// Length of `initialize`'s parameters.
pub const PARAMS_LEN: usize = 86;
/// Fixed part of `create_proposal`'s data (before title and URI).
pub const CREATE_PROPOSAL_HEADER_LEN: usize = 44;
/// `update_config` of the guardian as an action's data starts `[UPDATE_CONFIG,
/// GUARDIAN_FIELD]` or `[UPDATE_CONFIG, REMOVE_GUARDIAN_FIELD]`.
pub const UPDATE_CONFIG: u8 = GovernanceInstruction::UpdateConfig as u8;
pub const GUARDIAN_FIELD: u8 = ConfigField::Guardian as u8;
pub const REMOVE_GUARDIAN_FIELD: u8 = ConfigField::RemoveGuardian as u8;

/// Meta flags in `add_action` data.
pub const META_SIGNER: u8 = 1;
pub const META_WRITABLE: u8 = 2;

/// Little-endian readers over instruction data (`keel_sdk::data::raw`; the
/// caller checked the length with `expect_len` or a bound of its own).
pub mod data {
    use super::GovernanceError;
    pub use keel_sdk::data::raw::{i64_at, key_at, u16_at, u64_at};

    /// `data` has exactly `len` bytes (`InvalidInstructionData`).
    #[inline(always)]
    pub fn expect_len(data: &[u8], len: usize) -> Result<(), GovernanceError> {
        keel_sdk::data::expect_len(data, len).map_err(|_| GovernanceError::InvalidInstructionData)
    }
}
