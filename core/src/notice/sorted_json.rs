//! JSON with every object's keys in order, written straight from the values' `Serialize`: the
//! same text as `serde_json::to_string(&serde_json::to_value(x)?)`, whose `Map` (a `BTreeMap`
//! without serde_json's `preserve_order` feature) sorts the keys of every object, struct fields
//! included.
//!
//! The notice report's JSON was written that way, by building the value first. In the browser's
//! notice module that carried serde_json's value serializer and every type of the record
//! serialised into a `Value` (each field of each struct twice over, the second time for
//! `RawValue`'s case): about 40 kB of the module before wasm-opt. Here each object's entries are
//! written into buffers of their own and sorted when it ends; scalars and keys are written by
//! serde_json's own writer, so strings are escaped and numbers printed as it prints them.
//!
//! What `to_value` does differently from serde_json's writer, and this writer as `to_value`:
//! an `f32` is widened to `f64` (`Value` holds it so); an `i128` or `u128` outside the 64 bits is
//! an error; a map key is a string, a boolean, a number, a char or a unit variant (as text), any
//! other key an error; a key given twice keeps the last value, at its sorted place. Not followed:
//! `RawValue`, which `to_value` parses back into a value; nothing the notice report holds is one.

use std::borrow::Cow;

use serde::Serialize;
use serde::ser::{self, Error as _, Impossible, Serializer as _};
use serde_json::Error;

/// `value` as JSON, every object's keys in order (see the module's documentation).
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = Vec::with_capacity(1024);
    value.serialize(Sorted { out: &mut out })?;
    // Only serde_json's writer wrote into it, and it writes UTF-8: not a lossy conversion.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// The writer of one value into `out`.
struct Sorted<'a> {
    out: &'a mut Vec<u8>,
}

impl<'a> Sorted<'a> {
    /// serde_json's compact writer over the same output, for scalars.
    fn json(&mut self) -> serde_json::Serializer<&mut Vec<u8>> {
        serde_json::Serializer::new(&mut *self.out)
    }

    /// `"key":` for an object of one entry (`{"variant":…}`), before its value.
    fn open_variant(mut self, variant: &str) -> Result<Self, Error> {
        self.out.push(b'{');
        self.json().serialize_str(variant)?;
        self.out.push(b':');
        Ok(self)
    }
}

impl<'a> ser::Serializer for Sorted<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = Array<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    fn serialize_bool(mut self, v: bool) -> Result<(), Error> {
        self.json().serialize_bool(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(mut self, v: i64) -> Result<(), Error> {
        self.json().serialize_i64(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        match (u64::try_from(v), i64::try_from(v)) {
            (Ok(v), _) => self.serialize_u64(v),
            (_, Ok(v)) => self.serialize_i64(v),
            _ => Err(Error::custom("number out of range")),
        }
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(mut self, v: u64) -> Result<(), Error> {
        self.json().serialize_u64(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        match u64::try_from(v) {
            Ok(v) => self.serialize_u64(v),
            Err(_) => Err(Error::custom("number out of range")),
        }
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        // `Value` holds an f32 as the f64 it widens to, and prints that.
        self.serialize_f64(v.into())
    }
    fn serialize_f64(mut self, v: f64) -> Result<(), Error> {
        // Not finite: null, as `Value::from` makes it.
        self.json().serialize_f64(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(mut self, v: &str) -> Result<(), Error> {
        self.json().serialize_str(v)
    }
    fn serialize_bytes(mut self, v: &[u8]) -> Result<(), Error> {
        // An array of numbers, as `Value` holds them.
        self.json().serialize_bytes(v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(mut self) -> Result<(), Error> {
        self.json().serialize_unit()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Error> {
        self.serialize_str(v)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let this = self.open_variant(variant)?;
        let out = this.out;
        value.serialize(Sorted { out: &mut *out })?;
        out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Array<'a>, Error> {
        self.out.push(b'[');
        Ok(Array {
            out: self.out,
            first: true,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Array<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Array<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Array<'a>, Error> {
        let mut array = self.open_variant(variant)?.serialize_seq(Some(len))?;
        array.variant = true;
        Ok(array)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Object<'a>, Error> {
        Ok(Object {
            out: self.out,
            entries: Vec::new(),
            key: None,
            variant: false,
        })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Object<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Object<'a>, Error> {
        let mut object = self.open_variant(variant)?.serialize_map(Some(len))?;
        object.variant = true;
        Ok(object)
    }
}

/// An array being written: its elements go straight to the output.
struct Array<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
    /// A tuple variant's (`{"variant":[…]}`): one more brace to close.
    variant: bool,
}

impl Array<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        value.serialize(Sorted {
            out: &mut *self.out,
        })
    }

    fn close(self) -> Result<(), Error> {
        self.out.push(b']');
        if self.variant {
            self.out.push(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeSeq for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTuple for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// An object being written: its entries, each value already written, kept until it ends and
/// then written in the order of their keys.
struct Object<'a> {
    out: &'a mut Vec<u8>,
    /// Keys and values written; a struct's keys are its fields' names, not copied.
    entries: Vec<(Cow<'static, str>, Vec<u8>)>,
    /// A map's key, given before its value.
    key: Option<String>,
    /// A struct variant's (`{"variant":{…}}`): one more brace to close.
    variant: bool,
}

impl Object<'_> {
    /// Kept small, being made once for each type of value: what does not depend on it is in
    /// `push`.
    fn entry<T: Serialize + ?Sized>(
        &mut self,
        key: Cow<'static, str>,
        value: &T,
    ) -> Result<(), Error> {
        let mut out = Vec::new();
        value.serialize(Sorted { out: &mut out })?;
        self.push(key, out);
        Ok(())
    }

    #[inline(never)]
    fn push(&mut self, key: Cow<'static, str>, value: Vec<u8>) {
        self.entries.push((key, value));
    }

    fn close(mut self) -> Result<(), Error> {
        // Stable: of a key given twice, the last value is the one kept, as a map's insert keeps.
        self.entries.sort_by(|a, b| a.0.cmp(&b.0));
        self.out.push(b'{');
        let mut first = true;
        for (i, (key, value)) in self.entries.iter().enumerate() {
            if self.entries.get(i + 1).is_some_and(|next| next.0 == *key) {
                continue;
            }
            if !first {
                self.out.push(b',');
            }
            first = false;
            Sorted {
                out: &mut *self.out,
            }
            .serialize_str(key)?;
            self.out.push(b':');
            self.out.extend_from_slice(value);
        }
        self.out.push(b'}');
        if self.variant {
            self.out.push(b'}');
        }
        Ok(())
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(Key)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Error::custom("a map's value before its key"))?;
        self.entry(Cow::Owned(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.entry(Cow::Borrowed(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStructVariant for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.entry(Cow::Borrowed(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// A map's key as the text `to_value` makes of it.
struct Key;

fn key_must_be_a_string() -> Error {
    Error::custom("key must be a string")
}

/// A number as a key: its JSON text, as serde_json prints it.
fn number_key<T: Serialize>(v: T) -> Result<String, Error> {
    serde_json::to_string(&v)
}

impl ser::Serializer for Key {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = Impossible<String, Error>;
    type SerializeTuple = Impossible<String, Error>;
    type SerializeTupleStruct = Impossible<String, Error>;
    type SerializeTupleVariant = Impossible<String, Error>;
    type SerializeMap = Impossible<String, Error>;
    type SerializeStruct = Impossible<String, Error>;
    type SerializeStructVariant = Impossible<String, Error>;

    fn serialize_bool(self, v: bool) -> Result<String, Error> {
        Ok(if v { "true" } else { "false" }.to_owned())
    }
    fn serialize_i8(self, v: i8) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i128(self, v: i128) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u128(self, v: u128) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, v: f32) -> Result<String, Error> {
        if v.is_finite() {
            number_key(v)
        } else {
            Err(Error::custom("float key must be finite"))
        }
    }
    fn serialize_f64(self, v: f64) -> Result<String, Error> {
        if v.is_finite() {
            number_key(v)
        } else {
            Err(Error::custom("float key must be finite"))
        }
    }
    fn serialize_char(self, v: char) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<String, Error> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<String, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<String, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit(self) -> Result<String, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        v: &'static str,
    ) -> Result<String, Error> {
        Ok(v.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }
    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<String, Error> {
        Ok(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, HashMap};

    use serde::Serialize;

    /// The text `to_value` then `to_string` writes.
    fn by_value<T: Serialize>(v: &T) -> String {
        serde_json::to_string(&serde_json::to_value(v).unwrap()).unwrap()
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Inner {
        zeta: Option<u8>,
        alpha: Vec<(i32, f32)>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<String>,
    }

    #[derive(Serialize)]
    enum Shapes {
        Unit,
        New(Inner),
        Tuple(u8, char),
        Struct { z: bool, a: &'static str },
    }

    #[derive(Serialize)]
    #[serde(tag = "kind", rename_all = "camelCase")]
    enum Tagged {
        One { zz: u64, b: i128 },
        Two(Inner),
    }

    #[derive(Serialize)]
    struct Outer {
        z: Vec<Shapes>,
        m: HashMap<u16, &'static str>,
        t: Vec<Tagged>,
        b: BTreeMap<String, f64>,
        a: Inner,
        bytes: serde_bytes_like::Bytes,
        c: char,
        u: (),
    }

    mod serde_bytes_like {
        pub(super) struct Bytes(pub(super) Vec<u8>);
        impl serde::Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(&self.0)
            }
        }
    }

    #[test]
    fn writes_what_to_value_then_to_string_writes() {
        let inner = || Inner {
            zeta: None,
            alpha: vec![(-3, 0.1), (7, f32::NAN)],
            skipped: None,
        };
        let v = Outer {
            z: vec![
                Shapes::Unit,
                Shapes::New(inner()),
                Shapes::Tuple(9, '"'),
                Shapes::Struct {
                    z: true,
                    a: "引号\"与\n换行\u{1}",
                },
            ],
            m: [(10, "ten"), (2, "two"), (300, "three hundred")].into(),
            t: vec![
                Tagged::One {
                    zz: u64::MAX,
                    b: -5,
                },
                Tagged::Two(inner()),
            ],
            b: [
                ("b".to_owned(), 1e300),
                ("a\"".to_owned(), -0.0),
                ("a".to_owned(), 5528.0),
                ("中".to_owned(), 0.30000000000000004),
            ]
            .into(),
            a: Inner {
                zeta: Some(1),
                alpha: vec![],
                skipped: Some("kept".into()),
            },
            bytes: serde_bytes_like::Bytes(vec![0, 255]),
            c: 'é',
            u: (),
        };
        assert_eq!(super::to_string(&v).unwrap(), by_value(&v));
    }

    #[test]
    fn a_key_given_twice_keeps_its_last_value() {
        struct Twice;
        impl Serialize for Twice {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut m = s.serialize_map(None)?;
                m.serialize_entry("b", &1)?;
                m.serialize_entry("a", &2)?;
                m.serialize_entry("b", &3)?;
                m.end()
            }
        }
        assert_eq!(super::to_string(&Twice).unwrap(), by_value(&Twice));
        assert_eq!(super::to_string(&Twice).unwrap(), r#"{"a":2,"b":3}"#);
    }

    #[test]
    fn fails_where_to_value_fails() {
        let big: BTreeMap<(u8, u8), u8> = [((1, 2), 3)].into();
        assert!(serde_json::to_value(&big).is_err());
        assert!(super::to_string(&big).is_err());
        assert!(serde_json::to_value(u128::MAX).is_err());
        assert!(super::to_string(&u128::MAX).is_err());
    }
}
