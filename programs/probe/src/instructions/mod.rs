//! One file per instruction, named as in `interface::instruction`.

pub mod burn;
pub mod check_accounts;
pub mod clock_event;
pub mod close_vault;
pub mod create_pda;
pub mod fail;
pub mod init_vault;
pub mod mint_to;
pub mod mul_div;
pub mod transfer;
