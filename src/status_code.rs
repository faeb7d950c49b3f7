//! The `http` feature: errcat's HTTP statuses as `http::StatusCode`.

use http::StatusCode;

use crate::Kind;

/// `status` as a `StatusCode`. Every status errcat's vocabulary and catalogs
/// hold is one (the generator refuses a `wire_http_status` outside 100 to
/// 599; the tests check every kind's); only a hand-written `ErrorCode` impl
/// could give a number outside 100 to 999, which becomes 500.
pub(crate) fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

impl Kind {
    /// [`http_status`](Self::http_status) as an `http::StatusCode` (feature
    /// `http`).
    ///
    /// ```
    /// use errcat::Kind;
    /// use http::StatusCode;
    ///
    /// assert_eq!(Kind::NotFound.http_status_code(), StatusCode::NOT_FOUND);
    /// assert_eq!(Kind::Unavailable.http_status_code(), StatusCode::SERVICE_UNAVAILABLE);
    /// ```
    #[must_use]
    pub fn http_status_code(self) -> StatusCode {
        status_code(self.http_status())
    }
}

#[cfg(test)]
mod tests {
    use super::status_code;
    use crate::Kind;

    #[test]
    fn every_kind_has_its_status_as_a_status_code() {
        for kind in Kind::ALL {
            assert_eq!(
                kind.http_status_code().as_u16(),
                kind.http_status(),
                "{kind}"
            );
        }
    }

    #[test]
    fn a_number_that_is_no_status_becomes_500() {
        assert_eq!(status_code(404).as_u16(), 404);
        assert_eq!(status_code(99).as_u16(), 500);
        assert_eq!(status_code(1000).as_u16(), 500);
    }
}
