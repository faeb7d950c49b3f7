//! [`Kind`]: one vocabulary for the errors of every system.

/// Defines [`Kind`] from the rows of `errcat_core::for_each_kind!` (the
/// vocabulary the catalogs are checked against).
macro_rules! define_kind {
    ($({
        name: $name:ident,
        grpc_code: $grpc:literal,
        http_status: $http:literal,
        retryable: $retryable:literal,
        doc: $doc:literal $(,)?
    }),* $(,)?) => {
        /// What kind of failure a code reports, in the vocabulary of the gRPC canonical
        /// status codes, so that one handler can serve every system.
        ///
        /// Every catalog entry records its kind; the meanings are gRPC's
        /// (`google.rpc.Code`), and where a code could be read two ways its description
        /// says why the catalog chose as it did.
        ///
        /// ```
        /// use errcat::{Kind, neuron::NeuronError, viewtron::ViewtronError};
        ///
        /// assert_eq!(NeuronError::InvalidUserOrPassword.kind(), Kind::Unauthenticated);
        /// assert_eq!(ViewtronError::Unauthorized.kind(), Kind::Unauthenticated);
        /// assert_eq!(Kind::Unauthenticated.http_status(), 401);
        /// ```
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
        )]
        #[non_exhaustive]
        pub enum Kind {
            $(
                #[doc = $doc]
                $name,
            )*
        }

        crate::impl_strum!(Kind);

        impl Kind {
            /// Every kind, in the order of their gRPC numbers.
            pub const ALL: [Kind; [$(stringify!($name)),*].len()] = [$(Kind::$name),*];

            /// The kind's name, as catalogs write it.
            ///
            /// ```
            /// assert_eq!(errcat::Kind::FailedPrecondition.name(), "FailedPrecondition");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Kind::$name => stringify!($name),)*
                }
            }

            /// The gRPC status number (`0` for `Ok` to `16` for `Unauthenticated`;
            /// `OkWithRemark` is a success too, `0` like `Ok`), as an `i32`: the
            /// type of `google.rpc.Status.code` and of what tonic's
            /// `Code::from(i32)` takes, so that a tonic service answers with
            /// `tonic::Status::new(tonic::Code::from(kind.grpc_code()), message)`
            /// and needs no mapping of its own.
            ///
            /// ```
            /// use errcat::{Kind, neuron::NeuronError};
            ///
            /// assert_eq!(Kind::Unavailable.grpc_code(), 14);
            /// assert_eq!(Kind::OkWithRemark.grpc_code(), 0);
            /// assert_eq!(NeuronError::NodeNotExist.kind().grpc_code(), 5); // NOT_FOUND
            /// const UNAUTHENTICATED: i32 = Kind::Unauthenticated.grpc_code();
            /// assert_eq!(UNAUTHENTICATED, 16);
            /// ```
            #[must_use]
            pub const fn grpc_code(self) -> i32 {
                match self {
                    $(Kind::$name => $grpc,)*
                }
            }

            /// Whether a code of this kind means success: its gRPC number is 0,
            /// gRPC's `OK` (`Ok`, and `OkWithRemark` where the system adds a
            /// remark). Every error enum's `is_success()` follows from it.
            ///
            /// ```
            /// use errcat::Kind;
            ///
            /// assert!(Kind::Ok.is_success());
            /// assert!(Kind::OkWithRemark.is_success());
            /// assert!(!Kind::NotFound.is_success());
            /// ```
            #[must_use]
            pub const fn is_success(self) -> bool {
                self.grpc_code() == 0
            }

            /// The HTTP status that usually stands for this kind (the mapping of
            /// `google.rpc.Code`).
            ///
            /// ```
            /// use errcat::Kind;
            ///
            /// assert_eq!(Kind::NotFound.http_status(), 404);
            /// assert_eq!(Kind::Unavailable.http_status(), 503);
            /// ```
            #[must_use]
            pub const fn http_status(self) -> u16 {
                match self {
                    $(Kind::$name => $http,)*
                }
            }

            /// Whether an error of this kind may go away if the same request is sent
            /// again later: `Unavailable`, `DeadlineExceeded`, `Aborted` and
            /// `ResourceExhausted`. A catalog entry can override this where the vendor
            /// says otherwise; ask the error itself (`is_retryable()`).
            ///
            /// ```
            /// use errcat::Kind;
            ///
            /// assert!(Kind::Unavailable.is_retryable());
            /// assert!(!Kind::InvalidArgument.is_retryable());
            /// ```
            #[must_use]
            pub const fn is_retryable(self) -> bool {
                match self {
                    $(Kind::$name => $retryable,)*
                }
            }
        }
    };
}

errcat_core::for_each_kind!(define_kind);

impl Kind {
    /// The kind with this name, ignoring ASCII case, `_` and `-`: `"NotFound"`,
    /// `"not_found"` and `"NOT-FOUND"` all work.
    ///
    /// ```
    /// use errcat::Kind;
    ///
    /// assert_eq!(Kind::from_name("unauthenticated"), Some(Kind::Unauthenticated));
    /// assert_eq!(Kind::from_name("invalid_argument"), Some(Kind::InvalidArgument));
    /// assert_eq!(Kind::from_name("teapot"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Kind> {
        let folded = |text: &'static str| text.bytes().map(|b| b.to_ascii_lowercase());
        let key = || {
            name.bytes()
                .filter(|b| !matches!(b, b'_' | b'-'))
                .map(|b| b.to_ascii_lowercase())
        };
        Kind::ALL
            .into_iter()
            .find(|kind| folded(kind.name()).eq(key()))
    }
}

impl core::fmt::Display for Kind {
    /// Writes the kind's name, honouring width, fill and alignment.
    ///
    /// ```
    /// assert_eq!(format!("[{:<18}]", errcat::Kind::NotFound), "[NotFound          ]");
    /// ```
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Kind {
    /// Serializes as the kind's name, `"NotFound"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Kind {
    /// Deserializes from a kind name, as [`Kind::from_name`] reads it.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde_support::deserialize_name(deserializer, "a kind name", Kind::from_name)
    }
}

impl core::str::FromStr for Kind {
    type Err = crate::UnknownKindError;

    /// Parses a kind name like [`Kind::from_name`].
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Kind::from_name(name).ok_or_else(|| crate::UnknownKindError::new(name))
    }
}
