//! EMQ Neuron / NeuronEX, the HTTP and MQTT API: [`NeuronError`].
//!
//! Generated from `data/neuron.toml`. Codes below 10000 are Neuron's own and
//! mostly carry their upstream C symbol ([`NeuronError::upstream_symbol`]);
//! codes from 10000 up come from NeuronEX plugins.
//!
//! ```
//! use errcat::neuron::NeuronError;
//!
//! let error = NeuronError::try_from(2003_i32)?;
//! assert_eq!(error, NeuronError::NodeNotExist);
//! assert_eq!(error.upstream_symbol(), Some("NEU_ERR_NODE_NOT_EXIST"));
//! assert_eq!(NeuronError::from_symbol("NEU_ERR_NODE_NOT_EXIST"), Some(error));
//! # Ok::<(), errcat::UnknownCodeError>(())
//! ```

include!(concat!(env!("OUT_DIR"), "/neuron.rs"));

#[cfg(feature = "json")]
mod reply;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub use reply::{ReplyError, check_reply};

impl crate::Code<NeuronError> {
    /// The HTTP status the Neuron server sends with this code:
    /// [`NeuronError::wire_http_status`] for a known code,
    /// [`DEFAULT_WIRE_HTTP_STATUS`] (200) for any other, as the server's REST
    /// adapter does for codes it does not list.
    ///
    /// ```
    /// use errcat::{Code, neuron::NeuronError};
    ///
    /// assert_eq!(Code::<NeuronError>::from(2002).wire_http_status(), 409);
    /// assert_eq!(Code::<NeuronError>::from(123456).wire_http_status(), 200);
    /// ```
    #[must_use]
    pub fn wire_http_status(self) -> u16 {
        match self {
            crate::Code::Known(error) => error.wire_http_status(),
            crate::Code::Unknown(_) => DEFAULT_WIRE_HTTP_STATUS,
        }
    }
}
