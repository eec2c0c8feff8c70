//! A certificate as Node's `getPeerCertificate()` describes it: `subject`
//! and `issuer` as objects of their attributes (`C`, `ST`, `L`, `O`, `OU`,
//! `CN`, ...), `valid_from`/`valid_to` in OpenSSL's text form
//! (`Mar 25 12:00:00 2011 GMT`), `fingerprint` as colon-separated SHA-1.

use boa_engine::{js_string, Context, JsObject, JsValue};
use x509_parser::objects::{oid2abbrev, oid_registry};
use x509_parser::x509::X509Name;

use super::keys::hash;
use crate::bindings::crypto::digests::Algorithm;
use crate::host::{new_object, put};

pub fn describe(ctx: &mut Context, der: &[u8]) -> JsValue {
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(der) else {
        return JsValue::null();
    };
    let obj = new_object(ctx);
    let subject = name_object(ctx, cert.subject());
    put(ctx, &obj, "subject", subject);
    let issuer = name_object(ctx, cert.issuer());
    put(ctx, &obj, "issuer", issuer);
    let validity = cert.validity();
    let from = openssl_time(validity.not_before.timestamp());
    put(ctx, &obj, "valid_from", js_string!(from.as_str()));
    let to = openssl_time(validity.not_after.timestamp());
    put(ctx, &obj, "valid_to", js_string!(to.as_str()));
    let fingerprint = colon_hex(&hash(Algorithm::Sha1, der));
    put(ctx, &obj, "fingerprint", js_string!(fingerprint.as_str()));
    let serial = cert.raw_serial_as_string().replace(':', "").to_uppercase();
    put(ctx, &obj, "serialNumber", js_string!(serial.as_str()));
    if let Some(names) = alt_names(&cert) {
        put(ctx, &obj, "subjectaltname", js_string!(names.as_str()));
    }
    if let Some(usages) = extended_key_usage(&cert) {
        let values = usages
            .into_iter()
            .map(|oid| js_string!(oid.as_str()).into());
        let array = boa_engine::object::builtins::JsArray::from_iter(values, ctx);
        put(ctx, &obj, "ext_key_usage", array);
    }
    obj.into()
}

/// The extendedKeyUsage purposes, as dotted OIDs (0.4's `ext_key_usage`).
fn extended_key_usage(cert: &x509_parser::certificate::X509Certificate<'_>) -> Option<Vec<String>> {
    let eku = cert.extended_key_usage().ok()??.value;
    let known = [
        (eku.any, "2.5.29.37.0"),
        (eku.server_auth, "1.3.6.1.5.5.7.3.1"),
        (eku.client_auth, "1.3.6.1.5.5.7.3.2"),
        (eku.code_signing, "1.3.6.1.5.5.7.3.3"),
        (eku.email_protection, "1.3.6.1.5.5.7.3.4"),
        (eku.time_stamping, "1.3.6.1.5.5.7.3.8"),
        (eku.ocsp_signing, "1.3.6.1.5.5.7.3.9"),
    ];
    let mut oids: Vec<String> = known
        .iter()
        .filter(|(set, _)| *set)
        .map(|(_, oid)| oid.to_string())
        .collect();
    oids.extend(eku.other.iter().map(|oid| oid.to_id_string()));
    Some(oids)
}

/// A name's attributes by OpenSSL's short names; a repeated one keeps the
/// last value, as 0.4's parse of OpenSSL's one-line form did.
fn name_object(ctx: &mut Context, name: &X509Name<'_>) -> JsObject {
    let obj = new_object(ctx);
    for attr in name.iter_attributes() {
        let key = match oid2abbrev(attr.attr_type(), oid_registry()) {
            // OpenSSL's short name for PKCS#9's email address.
            Ok("Email") => "emailAddress".to_string(),
            Ok(name) => name.to_string(),
            Err(_) => attr.attr_type().to_id_string(),
        };
        let Ok(value) = attr.as_str() else {
            continue;
        };
        put(ctx, &obj, &key, js_string!(value));
    }
    obj
}

/// `DNS:a.example, IP Address:127.0.0.1`, as Node formats subjectAltName.
fn alt_names(cert: &x509_parser::certificate::X509Certificate<'_>) -> Option<String> {
    use x509_parser::extensions::GeneralName;
    let san = cert.subject_alternative_name().ok()??;
    let names: Vec<String> = san
        .value
        .general_names
        .iter()
        .filter_map(|name| match name {
            GeneralName::DNSName(dns) => Some(format!("DNS:{dns}")),
            GeneralName::RFC822Name(mail) => Some(format!("email:{mail}")),
            GeneralName::URI(uri) => Some(format!("URI:{uri}")),
            GeneralName::IPAddress(bytes) => ip_text(bytes).map(|ip| format!("IP Address:{ip}")),
            _ => None,
        })
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn ip_text(bytes: &[u8]) -> Option<String> {
    match bytes.len() {
        4 => <[u8; 4]>::try_from(bytes)
            .ok()
            .map(|b| std::net::Ipv4Addr::from(b).to_string()),
        16 => <[u8; 16]>::try_from(bytes)
            .ok()
            .map(|b| std::net::Ipv6Addr::from(b).to_string()),
        _ => None,
    }
}

fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// OpenSSL's `ASN1_TIME_print` form: `Mar  5 12:00:00 2011 GMT`.
fn openssl_time(secs: i64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let month = MONTHS.get((month - 1) as usize).copied().unwrap_or("Jan");
    format!(
        "{month} {day:>2} {:02}:{:02}:{:02} {year} GMT",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 → (year, month 1–12, day 1–31) (H. Hinnant).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    #[test]
    fn openssl_time_matches_openssl() {
        assert_eq!(super::openssl_time(0), "Jan  1 00:00:00 1970 GMT");
        assert_eq!(
            super::openssl_time(1_301_054_400),
            "Mar 25 12:00:00 2011 GMT"
        );
        assert_eq!(super::openssl_time(951_782_400), "Feb 29 00:00:00 2000 GMT");
    }
}
