//! EMQ Neuron / NeuronEX, the HTTP and MQTT API: [`NeuronError`].
//!
//! Generated from `data/neuron.toml`. Codes below 10000 are Neuron's own and
//! mostly carry their upstream C symbol ([`NeuronError::upstream_symbol`]);
//! codes from 10000 up come from NeuronEX plugins.
//!
//! ```
//! use errcat::neuron::NeuronError;
//!
//! let error = NeuronError::try_from(2003)?;
//! assert_eq!(error, NeuronError::NodeNotExist);
//! assert_eq!(error.upstream_symbol(), Some("NEU_ERR_NODE_NOT_EXIST"));
//! assert_eq!(NeuronError::from_symbol("NEU_ERR_NODE_NOT_EXIST"), Some(error));
//! # Ok::<(), errcat::UnknownCodeError>(())
//! ```

include!(concat!(env!("OUT_DIR"), "/neuron.rs"));
