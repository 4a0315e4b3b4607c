package io.ormdantic.internal.mapping;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.asm.ClassWriter;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.core.NativeDetector;

/**
 * Generates a {@link GeneratedAccess} for a record, as Spring Data's class-generating instantiator does for its
 * entities: a class whose {@code create} calls the canonical constructor with the values cast (and unboxed) in place,
 * and whose {@code get} reads the component fields with a switch. It is defined as a hidden nestmate of the record,
 * with Spring's repackaged ASM, so private records, private constructors and private fields need no reflection.
 * <p>
 * Where the class cannot be defined (a record loaded by another class loader than Ormdantic's, so in another module;
 * a component type the record's package cannot see), there is no generated access and the caller keeps reflection.
 */
final class RecordAccessGenerator {

	private static final Log LOGGER = LogFactory.getLog(RecordAccessGenerator.class);

	private static final String ACCESS = Type.getInternalName(GeneratedAccess.class);

	private static final String OBJECT = Type.getInternalName(Object.class);

	private RecordAccessGenerator() {
	}

	/** The generated access of {@code type}, or null where it cannot be defined (reflection serves then). */
	static GeneratedAccess generate(Class<?> type, List<Property> properties, Constructor<?> canonical) {
		if (NativeDetector.inNativeImage()) {
			// A native image defines no class at run time; GraalVM refuses defineHiddenClass with an Error.
			return null;
		}
		try {
			MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
			for (Property property : properties) {
				lookup.accessClass(property.type());
			}
			byte[] bytes = bytes(type, properties, canonical);
			Class<?> access = lookup.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE)
				.lookupClass();
			return (GeneratedAccess) access.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException ex) {
			if (LOGGER.isDebugEnabled()) {
				LOGGER.debug("Record " + type.getName() + " is created and read through reflection: " + ex);
			}
			return null;
		}
	}

	private static byte[] bytes(Class<?> type, List<Property> properties, Constructor<?> canonical) {
		String owner = Type.getInternalName(type);
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
			@Override
			protected String getCommonSuperClass(String type1, String type2) {
				// The generated code never merges two reference types at a branch target; no class is loaded for it.
				return OBJECT;
			}
		};
		writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, owner + "$$OrmdanticAccess",
				null, OBJECT, new String[] { ACCESS });
		constructor(writer);
		create(writer, owner, properties, canonical);
		get(writer, owner, properties);
		writer.visitEnd();
		return writer.toByteArray();
	}

	private static void constructor(ClassWriter writer) {
		MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
		method.visitCode();
		method.visitVarInsn(Opcodes.ALOAD, 0);
		method.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
		method.visitInsn(Opcodes.RETURN);
		method.visitMaxs(0, 0);
		method.visitEnd();
	}

	/** {@code return new T((A) values[0], ((Integer) values[1]).intValue(), ...);} */
	private static void create(ClassWriter writer, String owner, List<Property> properties, Constructor<?> canonical) {
		MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "create", "([Ljava/lang/Object;)Ljava/lang/Object;",
				null, null);
		method.visitCode();
		method.visitTypeInsn(Opcodes.NEW, owner);
		method.visitInsn(Opcodes.DUP);
		for (Property property : properties) {
			method.visitVarInsn(Opcodes.ALOAD, 1);
			method.visitLdcInsn(property.index());
			method.visitInsn(Opcodes.AALOAD);
			unbox(method, property.type());
		}
		method.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", Type.getConstructorDescriptor(canonical), false);
		method.visitInsn(Opcodes.ARETURN);
		method.visitMaxs(0, 0);
		method.visitEnd();
	}

	/** {@code T t = (T) instance; switch (index) { case 0: return t.a; case 1: return Integer.valueOf(t.b); ... }} */
	private static void get(ClassWriter writer, String owner, List<Property> properties) {
		MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC, "get", "(Ljava/lang/Object;I)Ljava/lang/Object;",
				null, null);
		method.visitCode();
		method.visitVarInsn(Opcodes.ALOAD, 1);
		method.visitTypeInsn(Opcodes.CHECKCAST, owner);
		method.visitVarInsn(Opcodes.ASTORE, 3);
		Label outOfRange = new Label();
		Label[] cases = new Label[properties.size()];
		for (int i = 0; i < cases.length; i++) {
			cases[i] = new Label();
		}
		method.visitVarInsn(Opcodes.ILOAD, 2);
		method.visitTableSwitchInsn(0, cases.length - 1, outOfRange, cases);
		for (Property property : properties) {
			method.visitLabel(cases[property.index()]);
			method.visitVarInsn(Opcodes.ALOAD, 3);
			method.visitFieldInsn(Opcodes.GETFIELD, owner, property.field().getName(),
					Type.getDescriptor(property.type()));
			box(method, property.type());
			method.visitInsn(Opcodes.ARETURN);
		}
		method.visitLabel(outOfRange);
		method.visitTypeInsn(Opcodes.NEW, "java/lang/IndexOutOfBoundsException");
		method.visitInsn(Opcodes.DUP);
		method.visitVarInsn(Opcodes.ILOAD, 2);
		method.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/IndexOutOfBoundsException", "<init>", "(I)V", false);
		method.visitInsn(Opcodes.ATHROW);
		method.visitMaxs(0, 0);
		method.visitEnd();
	}

	/** Casts the value on the stack to {@code type}, unboxing it when {@code type} is primitive. */
	private static void unbox(MethodVisitor method, Class<?> type) {
		if (!type.isPrimitive()) {
			method.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(type));
			return;
		}
		String wrapperName = Type.getInternalName(wrapper(type));
		method.visitTypeInsn(Opcodes.CHECKCAST, wrapperName);
		method.visitMethodInsn(Opcodes.INVOKEVIRTUAL, wrapperName, type.getName() + "Value",
				"()" + Type.getDescriptor(type), false);
	}

	/** Boxes the primitive on the stack with {@code valueOf}; a reference stays as it is. */
	private static void box(MethodVisitor method, Class<?> type) {
		if (type.isPrimitive()) {
			String wrapperName = Type.getInternalName(wrapper(type));
			method.visitMethodInsn(Opcodes.INVOKESTATIC, wrapperName, "valueOf",
					"(" + Type.getDescriptor(type) + ")L" + wrapperName + ";", false);
		}
	}

	private static Class<?> wrapper(Class<?> primitive) {
		return MethodType.methodType(primitive).wrap().returnType();
	}
}
