//! Hand-written items of some systems, beyond what their catalog generates.
//!
//! The build script re-exports `src/extras/<id>.rs`, where it exists, from the
//! system's module: `errcat::neuron::check_reply` is defined here.
//!
//! A system with a reply checker registers it here, one line each, with the
//! feature it needs: the module's `CHECKER` joins [`crate::reply::CHECKERS`].
//! Each line names its system's id twice, as the module and as the value of
//! the `errcat_system` cfg the build script sets when it builds that catalog
//! (a `cfg` takes a literal), so that the items of a system the features
//! leave out are left out too.

/// Declares the modules of `src/extras/` and registers their reply checkers.
macro_rules! extras {
    ($($id:ident = $cfg:literal $(=> checker if $feature:literal)?;)*) => {
        $(#[cfg(errcat_system = $cfg)] pub(crate) mod $id;)*

        /// Every registered reply checker whose system is built and whose
        /// feature is on.
        #[cfg(any(feature = "json", feature = "xml"))]
        pub(crate) const CHECKERS: &[crate::reply::Checker] = &[
            $($(#[cfg(all(errcat_system = $cfg, feature = $feature))] $id::CHECKER,)?)*
        ];
    };
}

extras! {
    neuron = "neuron" => checker if "json";
    viewtron = "viewtron" => checker if "xml";
    superoffice = "superoffice" => checker if "xml";
    i4scada = "i4scada" => checker if "json";
}
