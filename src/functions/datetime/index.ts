// datetime functions: each in its own file; registered here.
export {};
