//! Hand-written items of some systems, beyond what their catalog generates.
//!
//! The build script re-exports `src/extras/<id>.rs`, where it exists, from the
//! system's module: `errcat::neuron::check_reply` is defined here.
//!
//! A system with a reply checker registers it here, one line each, with the
//! feature it needs: the module's `CHECKER` joins [`crate::reply::CHECKERS`].

/// Declares the modules of `src/extras/` and registers their reply checkers.
macro_rules! extras {
    ($($id:ident $(=> checker if $feature:literal)?;)*) => {
        $(pub(crate) mod $id;)*

        /// Every registered reply checker whose feature is on.
        #[cfg(any(feature = "json", feature = "xml"))]
        pub(crate) const CHECKERS: &[crate::reply::Checker] = &[
            $($(#[cfg(feature = $feature)] $id::CHECKER,)?)*
        ];
    };
}

extras! {
    neuron => checker if "json";
    viewtron => checker if "xml";
    superoffice => checker if "xml";
    i4scada => checker if "json";
}
